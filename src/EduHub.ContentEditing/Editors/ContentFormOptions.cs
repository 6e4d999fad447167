using System.Globalization;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using Microsoft.Extensions.Localization;

namespace EduHub.ContentEditing.Editors;

/// <summary>
/// Fills the choices that come from content: languages, taxonomy terms (named in the request culture) and
/// picker candidates. Everything is read through the content manager and the query service, so the caller
/// only ever sees items they may see.
/// </summary>
public sealed class ContentFormOptions(ContentManager content, ContentQueryService queries, CultureSettings cultures, IStringLocalizer t)
{
    /// <summary>How many picker candidates are listed without a search.</summary>
    public const int PickerListSize = 50;

    public async Task FillAsync(IEnumerable<EditorField> fields, CancellationToken cancellationToken)
    {
        foreach (var field in fields)
        {
            if (field.Kind == EditorKind.Select && field.Property == "Culture")
            {
                var (_, supported) = await cultures.GetAsync(cancellationToken);
                field.Options = supported.Select(c => new EditorOption(c, CultureName(c))).ToList();
            }
            else if (field.Kind == EditorKind.Taxonomy)
            {
                field.Options = await TermsAsync(field, cancellationToken);
            }
            else if (field.Kind == EditorKind.Picker)
            {
                await FillPickerAsync(field, cancellationToken);
            }
        }
    }

    /// <summary>Items of the picker's types whose display text contains <paramref name="search"/> (all when empty), by title.</summary>
    public async Task<(IReadOnlyList<EditorOption> Options, bool More)> SearchAsync(IReadOnlyList<string> types, string? search, int take, CancellationToken cancellationToken)
    {
        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = types,
            Status = ContentStatus.Latest,
            Where = string.IsNullOrWhiteSpace(search) ? null : new MetadataFilter(MetadataField.DisplayText, FilterOperator.Contains, search.Trim()),
            OrderBy = [ContentSort.By(MetadataField.DisplayText)],
            Take = take,
            IncludeContent = false,
        }, cancellationToken);
        return (page.Items.Select(Option).ToList(), page.HasNextPage);
    }

    private async Task FillPickerAsync(EditorField field, CancellationToken cancellationToken)
    {
        var selected = field.Values().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var options = new List<EditorOption>();
        if (selected.Count > 0)
        {
            var page = await queries.QueryAsync(new ContentQuery
            {
                ContentTypes = field.PickerTypes,
                Status = ContentStatus.Latest,
                Where = new MetadataFilter(MetadataField.ContentItemId, FilterOperator.In, selected.Cast<object?>().ToList()),
                Take = selected.Count,
                IncludeContent = false,
            }, cancellationToken);
            var found = page.Items.ToDictionary(i => i.ContentItemId, Option, StringComparer.Ordinal);

            // A value the caller cannot see (or that does not exist) stays selected under its id: the engine judges it.
            options.AddRange(selected.Select(id => found.GetValueOrDefault(id) ?? new EditorOption(id, id)));
        }

        var (candidates, more) = await SearchAsync(field.PickerTypes, field.Search, PickerListSize, cancellationToken);
        options.AddRange(candidates.Where(c => !selected.Contains(c.Value, StringComparer.Ordinal)));
        field.Options = options;
        field.MoreOptions = more;
    }

    private async Task<IReadOnlyList<EditorOption>> TermsAsync(EditorField field, CancellationToken cancellationToken)
    {
        if (await content.GetAsync(field.TaxonomyId ?? "", VersionOptions.Latest, cancellationToken) is not { } taxonomy)
        {
            return [];
        }

        var (defaultCulture, _) = await cultures.GetAsync(cancellationToken);
        var culture = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var options = new List<EditorOption>();
        Collect(taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray, 0, culture == defaultCulture ? null : culture, options);
        return options;
    }

    private static void Collect(JsonArray? terms, int depth, string? culture, List<EditorOption> into)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            if (term.GetString("ContentItemId") is not { } id)
            {
                continue;
            }

            into.Add(new EditorOption(id, TermName(term, culture), depth));
            Collect(term["Terms"] as JsonArray, depth + 1, culture, into);
        }
    }

    /// <summary>The term's name in the culture: a text field "Name{Culture}" of its own part (NameEn, NameRu), else its title.</summary>
    private static string TermName(JsonObject term, string? culture)
    {
        var title = term.GetString("DisplayText") ?? (term["TitlePart"] as JsonObject)?.GetString("Title") ?? term.GetString("ContentItemId")!;
        if (culture is null)
        {
            return title;
        }

        var fieldName = "Name" + char.ToUpperInvariant(culture[0]) + culture[1..];
        foreach (var (_, part) in term)
        {
            if (part is JsonObject fields && fields[fieldName] is JsonObject field && field.GetString("Text") is { Length: > 0 } name)
            {
                return name;
            }
        }

        return title;
    }

    private EditorOption Option(ContentItem item)
    {
        var text = item.DisplayText is { Length: > 0 } d ? d : item.ContentItemId;
        return new EditorOption(item.ContentItemId, item.Published ? text : $"{text} ({t["draft"]})");
    }

    private static string CultureName(string code)
    {
        try
        {
            var info = CultureInfo.GetCultureInfo(code);
            return $"{info.NativeName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
