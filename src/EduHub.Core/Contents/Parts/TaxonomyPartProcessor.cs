using System.Text.Json.Nodes;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Core.Contents.Parts;

/// <summary>
/// A taxonomy holds its terms as nested content items (Orchard Core's shape). Each term gets an id and
/// its fields are checked against the term type's definition.
/// </summary>
internal sealed class TaxonomyPartProcessor(IServiceProvider services) : IPartProcessor
{
    public string PartName => "TaxonomyPart";

    public int Order => 40;

    public async Task ProcessAsync(PartContext context, CancellationToken cancellationToken)
    {
        var termType = context.Part.GetString("TermContentType");
        if (string.IsNullOrEmpty(termType) || context.Validation.Definitions.GetType(termType) is null)
        {
            context.Error("TermContentType", $"TermContentType '{termType}' is not a content type.");
            return;
        }

        var terms = context.Part["Terms"] as JsonArray ?? [];
        context.Part["Terms"] = await ProcessTermsAsync(context, terms, termType, "TaxonomyPart.Terms", cancellationToken);
    }

    private async Task<JsonArray> ProcessTermsAsync(PartContext context, JsonArray terms, string termType, string path, CancellationToken cancellationToken)
    {
        var validation = services.GetRequiredService<ContentValidation>();
        var result = new JsonArray();
        var index = 0;
        foreach (var node in terms)
        {
            var termPath = $"{path}[{index++}]";
            if (node is not JsonObject json)
            {
                context.Validation.AddError(termPath, "A term must be a JSON object.", ContentErrorCodes.WrongType);
                continue;
            }

            ContentItem term;
            try
            {
                term = ContentItemJson.FromJson(json);
            }
            catch (FormatException e)
            {
                context.Validation.AddError(termPath, e.Message, ContentErrorCodes.WrongType);
                continue;
            }

            if (term.ContentType != termType)
            {
                context.Validation.AddError($"{termPath}.ContentType", $"Terms of this taxonomy are {termType} items, not '{term.ContentType}'.", ContentErrorCodes.WrongType);
                continue;
            }

            term.ContentItemId = IdGenerator.IsValid(term.ContentItemId) ? term.ContentItemId : IdGenerator.NewId();
            term.ContentItemVersionId = IdGenerator.IsValid(term.ContentItemVersionId) ? term.ContentItemVersionId : IdGenerator.NewId();
            term.DisplayText = term.Part("TitlePart")?.GetString("Title")?.Trim() ?? term.DisplayText;
            term.Latest = term.Published = true;
            var children = term.Content["Terms"] as JsonArray;
            term.Content.Remove("Terms");

            var termContext = new ValidateContentContext(term, null, context.Validation.Caller, context.Validation.Definitions, context.Validation.Session);
            await validation.ValidateFieldsAsync(termContext, cancellationToken);
            foreach (var error in termContext.Errors)
            {
                context.Validation.AddError($"{termPath}.{error.Path}", error.Message, error.Code, error.Arguments);
            }

            var output = ContentItemJson.ToJson(term);
            output["Terms"] = await ProcessTermsAsync(context, children ?? [], termType, $"{termPath}.Terms", cancellationToken);
            result.Add(output);
        }

        return result;
    }
}
