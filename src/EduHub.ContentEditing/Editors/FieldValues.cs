using System.Globalization;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace EduHub.ContentEditing.Editors;

/// <summary>
/// Moves a field's value between the item's JSON and the form's inputs. Values the form cannot turn into the
/// stored type (a number that is not one, a date that is not a date) are passed on as text, so the engine's
/// field rules report them like any other bad value.
/// </summary>
public static class FieldValues
{
    /// <summary>
    /// Gives a form's fields their values, then their choices. On a post the typed values are bound and written into
    /// <paramref name="item"/> (the save and a re-shown form both see what was typed); otherwise the stored ones are loaded.
    /// </summary>
    /// <param name="posted">The posted form, or null when the page is opened.</param>
    public static async Task LoadOrBindAsync(IEnumerable<EditorField> fields, ContentItem item, IFormCollection? posted, ContentFormOptions options, CancellationToken cancellationToken)
    {
        foreach (var field in fields)
        {
            if (posted is not null)
            {
                Bind(field, posted);
                Write(field, item);
            }
            else
            {
                Load(field, item);
            }
        }

        await options.FillAsync(fields, cancellationToken);
    }

    public static void Load(EditorField field, ContentItem item)
    {
        var part = item.Part(field.PartName);
        if (field.FieldName is null)
        {
            var text = part?.GetString(field.Property!);
            field.Set("", field.Kind == EditorKind.DateTime ? DateTimeInput(text) : text);
            return;
        }

        var value = part?[field.FieldName] as JsonObject ?? [];
        switch (field.FieldKind)
        {
            case FieldKind.TextField:
                field.Set("", value.GetString("Text"));
                break;
            case FieldKind.HtmlField:
                field.Set("", value.GetString("Html"));
                break;
            case FieldKind.MarkdownField:
                field.Set("", value.GetString("Markdown"));
                break;
            case FieldKind.NumericField:
                field.Set("", value.GetDecimal("Value")?.ToString(CultureInfo.InvariantCulture));
                break;
            case FieldKind.BooleanField:
                field.Set("", value.GetBool("Value") ? "true" : null);
                break;
            case FieldKind.DateField:
                field.Set("", DateInput(value.GetString("Value")));
                break;
            case FieldKind.DateTimeField:
                field.Set("", DateTimeInput(value.GetString("Value")));
                break;
            case FieldKind.LinkField:
                field.Set("", value.GetString("Url"));
                field.Set("Text", value.GetString("Text"));
                break;
            case FieldKind.ContentPickerField:
                field.Set("", value.GetStrings("ContentItemIds"));
                break;
            case FieldKind.TaxonomyField:
                field.Set("", value.GetStrings("TermContentItemIds"));
                break;
            case FieldKind.MultiTextField:
                SetList(field, value.GetStrings("Values"));
                break;
            case FieldKind.MediaField:
                SetList(field, value.GetStrings("Paths"));
                break;
        }
    }

    public static void Bind(EditorField field, IFormCollection form)
    {
        field.Set("", form[field.Name()].ToArray());
        if (field.Kind == EditorKind.Link)
        {
            field.Set("Text", form[field.Name("Text")].ToArray());
        }

        if (field.Kind == EditorKind.Picker)
        {
            field.Search = form[field.Name("q")].FirstOrDefault();
        }
    }

    /// <summary>Writes the inputs into the item, keeping properties of the stored value the form does not edit.</summary>
    public static void Write(EditorField field, ContentItem item)
    {
        var part = item.GetOrCreatePart(field.PartName);
        if (field.FieldName is null)
        {
            part[field.Property!] = Text(field.Value());
            return;
        }

        var value = (part[field.FieldName] as JsonObject)?.DeepClone() as JsonObject ?? [];
        switch (field.FieldKind)
        {
            case FieldKind.TextField:
                value["Text"] = Text(field.Value());
                break;
            case FieldKind.HtmlField:
                value["Html"] = Text(field.Value());
                break;
            case FieldKind.MarkdownField:
                value["Markdown"] = Text(field.Value());
                break;
            case FieldKind.NumericField:
                value["Value"] = Number(field.Value());
                break;
            case FieldKind.BooleanField:
                value["Value"] = field.IsSelected("true");
                break;
            case FieldKind.DateField or FieldKind.DateTimeField:
                value["Value"] = Text(field.Value());
                break;
            case FieldKind.LinkField:
                value["Url"] = Text(field.Value());
                value["Text"] = Text(field.Value("Text"));
                break;
            case FieldKind.ContentPickerField:
                value["ContentItemIds"] = Array(field.Values());
                break;
            case FieldKind.TaxonomyField:
                value["TermContentItemIds"] = Array(field.Values());
                break;
            case FieldKind.MultiTextField:
                value["Values"] = Array(List(field));
                break;
            case FieldKind.MediaField:
                value["Paths"] = Array(List(field));
                break;
            default:
                return;
        }

        part[field.FieldName] = value;
    }

    /// <summary>The values of a list field: checked options, or the lines of its text area.</summary>
    public static IReadOnlyList<string> List(EditorField field) => field.Kind == EditorKind.Lines
        ? field.Value().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList()
        : field.Values().Where(v => v.Length > 0).ToList();

    private static void SetList(EditorField field, IReadOnlyList<string> values)
    {
        if (field.Kind == EditorKind.Lines)
        {
            field.Set("", string.Join("\n", values));
        }
        else
        {
            field.Set("", values);
        }
    }

    private static JsonNode? Text(string value) => string.IsNullOrWhiteSpace(value) ? null : JsonValue.Create(value.Trim());

    private static JsonNode? Number(string value)
    {
        var text = value.Trim().Replace(',', '.').Replace(" ", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return null;
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : JsonValue.Create(value.Trim());
    }

    private static JsonArray Array(IEnumerable<string> values) =>
        new(values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => (JsonNode?)JsonValue.Create(v.Trim())).ToArray());

    private static string? DateInput(string? stored) =>
        ParseUtc(stored) is { } date ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : stored;

    private static string? DateTimeInput(string? stored) =>
        ParseUtc(stored) is { } date ? date.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : stored;

    private static DateTime? ParseUtc(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var value) ? value : null;
}
