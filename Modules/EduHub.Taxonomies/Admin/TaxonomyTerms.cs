using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.Taxonomies.Admin;

/// <summary>The terms of a taxonomy item: nested content items in <c>TaxonomyPart.Terms</c> (Orchard Core's shape).</summary>
internal static class TaxonomyTerms
{
    public const string PartName = "TaxonomyPart";

    public static string? TermType(ContentItem taxonomy) => taxonomy.Part(PartName)?.GetString("TermContentType");

    /// <summary>The top-level terms array, created when missing (editing it edits the item).</summary>
    public static JsonArray Of(ContentItem taxonomy)
    {
        var part = taxonomy.GetOrCreatePart(PartName);
        if (part["Terms"] is not JsonArray terms)
        {
            terms = [];
            part["Terms"] = terms;
        }

        return terms;
    }

    public static int IndexOf(JsonArray terms, string termId)
    {
        for (var i = 0; i < terms.Count; i++)
        {
            if (terms[i] is JsonObject term && term.GetString("ContentItemId") == termId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The term's id and those of the terms nested below it: removing it removes them all.</summary>
    public static IEnumerable<string> IdsWithChildren(JsonObject term)
    {
        if (term.GetString("ContentItemId") is { Length: > 0 } id)
        {
            yield return id;
        }

        foreach (var child in (term["Terms"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var nested in IdsWithChildren(child))
            {
                yield return nested;
            }
        }
    }

    public static string? Title(JsonObject term) => (term["TitlePart"] as JsonObject)?.GetString("Title") ?? term.GetString("DisplayText");

    public static string? Text(JsonObject term, TypeField field) => ((term[field.PartName] as JsonObject)?[field.FieldName] as JsonObject)?.GetString("Text");

    /// <summary>The term type's text fields, in the form's order (the names per culture, codes, slugs).</summary>
    public static IReadOnlyList<TypeField> TextFields(ContentDefinitionSnapshot snapshot, string termType) =>
        snapshot.FieldsOf(termType).Where(f => f.Kind == FieldKind.TextField).ToList();

    public static int TitleMaxLength(ContentDefinitionSnapshot snapshot, string termType) =>
        (snapshot.FindTypePart(termType, "TitlePart")?.Settings["TitlePartSettings"] as JsonObject)?.GetInt("MaxLength") ?? 512;
}
