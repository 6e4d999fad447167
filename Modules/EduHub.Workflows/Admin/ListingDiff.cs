using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.Workflows.Admin;

/// <summary>One row of the review page's comparison: a field of the live version beside the submitted one.</summary>
internal sealed record FieldComparison(string Label, string? Live, string? Submitted)
{
    public bool Changed => !string.Equals(Live, Submitted, StringComparison.Ordinal);
}

/// <summary>
/// Field-by-field comparison of the submitted version with the live (published) one, for the reviewer. Values are
/// shown as text: a field's single value as is, several properties as "name: value" pairs, lists joined.
/// </summary>
internal static class ListingDiff
{
    public static IReadOnlyList<FieldComparison> Compare(ContentItem submitted, ContentItem? live, ContentDefinitionSnapshot definitions)
    {
        var rows = new List<FieldComparison> { new("DisplayText", live?.DisplayText, submitted.DisplayText) };
        var parts = submitted.Content.Select(p => p.Key).Concat(live?.Content.Select(p => p.Key) ?? []).Distinct(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            var submittedPart = submitted.Part(part);
            var livePart = live?.Part(part);
            var fields = (submittedPart?.Select(f => f.Key) ?? []).Concat(livePart?.Select(f => f.Key) ?? []).Distinct(StringComparer.Ordinal);
            foreach (var field in fields)
            {
                var label = definitions.FindField(submitted.ContentType, part, field)?.Definition.DisplayName is { } name ? $"{name} ({part})" : $"{part}.{field}";
                rows.Add(new FieldComparison(label, live is null ? null : Render(livePart?[field]), Render(submittedPart?[field])));
            }
        }

        return rows;
    }

    public static string? Render(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value => value.ToString(),
        JsonArray array => string.Join(", ", array.Select(Render).Where(v => !string.IsNullOrEmpty(v))),
        JsonObject { Count: 1 } single => Render(single.First().Value),
        JsonObject many => string.Join("; ", many.Where(p => p.Value is not null).Select(p => $"{p.Key}: {Render(p.Value)}")),
        _ => node.ToJsonString(),
    };
}
