namespace EduHub.Core.Indexing;

/// <summary>One-line helpers for contributors: a field's value into the document under <c>{Part}.{Field}</c>.</summary>
public static class ContentIndexContextExtensions
{
    public static void AddTextField(this ContentIndexContext context, string partName, string fieldName, string? keyword = null)
    {
        var text = context.Text(partName, fieldName);
        context.Document.AddText($"{partName}.{fieldName}", text);
        if (keyword is not null)
        {
            context.Document.AddKeyword(keyword, text?.Trim().ToLowerInvariant());
        }
    }

    public static void AddMultiTextField(this ContentIndexContext context, string partName, string fieldName, string? keyword = null)
    {
        foreach (var value in context.Texts(partName, fieldName))
        {
            context.Document.AddText($"{partName}.{fieldName}", value);
            if (keyword is not null)
            {
                context.Document.AddKeyword(keyword, value.Trim().ToLowerInvariant());
            }
        }
    }

    public static void AddHtmlField(this ContentIndexContext context, string partName, string fieldName) =>
        context.Document.AddHtml($"{partName}.{fieldName}", context.Html(partName, fieldName));

    /// <summary>Term names in every language as text; term ids under <paramref name="keyword"/> for filters and facets.</summary>
    public static async Task AddTaxonomyFieldAsync(this ContentIndexContext context, string partName, string fieldName, string? keyword, CancellationToken cancellationToken)
    {
        foreach (var term in await context.TermsAsync(partName, fieldName, cancellationToken))
        {
            foreach (var name in term.Names)
            {
                context.Document.AddText($"{partName}.{fieldName}", name);
            }

            if (keyword is not null)
            {
                context.Document.AddKeyword(keyword, term.ContentItemId, term.DisplayText);
            }
        }
    }

    public static async Task AddContentPickerFieldAsync(this ContentIndexContext context, string partName, string fieldName, CancellationToken cancellationToken)
    {
        foreach (var text in await context.PickedDisplayTextsAsync(partName, fieldName, cancellationToken))
        {
            context.Document.AddText($"{partName}.{fieldName}", text);
        }
    }
}
