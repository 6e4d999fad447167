using System.Globalization;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Web.Cli.Demo;

/// <summary>Field values and the common parts in Orchard Core's JSON shape (as in recipes/eduhub.demo.recipe.json).</summary>
internal static class DemoFields
{
    public static ContentItem NewItem(string contentType, string contentItemId, Localized title, string culture, string localizationSet, bool autoroute)
    {
        var text = title.In(culture);
        var item = new ContentItem { ContentItemId = contentItemId, ContentType = contentType, DisplayText = text };
        item.Content["TitlePart"] = new JsonObject { ["Title"] = text };
        if (autoroute)
        {
            // No Path: the type's route pattern makes one from the title.
            item.Content["AutoroutePart"] = new JsonObject();
        }

        item.Content["LocalizationPart"] = new JsonObject { ["Culture"] = culture, ["LocalizationSet"] = localizationSet };
        return item;
    }

    public static JsonObject Text(string text) => new() { ["Text"] = text };

    public static JsonObject Html(string text) => new() { ["Html"] = $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>" };

    public static JsonObject Number(int value) => new() { ["Value"] = value };

    public static JsonObject Boolean(bool value) => new() { ["Value"] = value };

    public static JsonObject Date(DateTime utc) => new() { ["Value"] = ContentItemJson.FormatDate(utc) };

    public static JsonObject Link(string url) => new() { ["Url"] = url, ["Text"] = url["https://".Length..], ["Target"] = "" };

    public static JsonObject Picker(IEnumerable<string> ids) => new() { ["ContentItemIds"] = Array(ids) };

    public static JsonObject Values(IEnumerable<string> values) => new() { ["Values"] = Array(values) };

    public static JsonObject Terms(string taxonomyId, IEnumerable<string> termIds) =>
        new() { ["TaxonomyContentItemId"] = taxonomyId, ["TermContentItemIds"] = Array(termIds) };

    /// <summary>Latin letters only, for e-mail local parts and host names.</summary>
    public static string Ascii(string text) => Core.Contents.Text.Slug.Generate(text);

    public static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
}
