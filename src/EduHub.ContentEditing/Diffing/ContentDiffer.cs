using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.ContentEditing.Diffing;

/// <summary>
/// Compares two versions of an item property by property, walking the type's definition: the item's metadata,
/// the built-in parts' properties, then every field of every part with the field's display name. Picked items and
/// taxonomy terms are shown by name (<c>names</c>: id → display text; an unknown id is shown as itself).
/// </summary>
public static class ContentDiffer
{
    public static IReadOnlyList<FieldChange> Compare(ContentDefinitionSnapshot definitions, ContentItem from, ContentItem to, IReadOnlyDictionary<string, string> names)
    {
        var changes = new List<FieldChange>
        {
            Text(null, "Display text", localize: true, from.DisplayText, to.DisplayText),
            Value(null, "Owner", localize: true, from.Owner, to.Owner),
        };
        var type = definitions.GetType(to.ContentType) ?? definitions.GetType(from.ContentType);
        foreach (var typePart in type?.ContentTypePartDefinitionRecords ?? [])
        {
            var oldPart = from.Part(typePart.Name);
            var newPart = to.Part(typePart.Name);
            AddBuiltIn(changes, typePart.PartName, oldPart, newPart);
            var group = typePart.Name == type!.Name
                ? type.DisplayName ?? type.Name
                : (typePart.Settings["ContentTypePartSettings"] as JsonObject)?.GetString("DisplayName") ?? typePart.Name;
            foreach (var field in definitions.GetPart(typePart.PartName)?.ContentPartFieldDefinitionRecords ?? [])
            {
                changes.Add(Field(group, field, oldPart?[field.Name] as JsonObject, newPart?[field.Name] as JsonObject, names));
            }
        }

        return changes;
    }

    /// <summary>What the page must look up before comparing: picked items and taxonomies of the given versions.</summary>
    public static ContentReferences References(ContentDefinitionSnapshot definitions, IEnumerable<ContentItem> items)
    {
        var picked = new HashSet<string>(StringComparer.Ordinal);
        var taxonomies = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            foreach (var field in definitions.FieldsOf(item.ContentType))
            {
                var value = item.Field(field.PartName, field.FieldName);
                if (field.Kind == FieldKind.ContentPickerField)
                {
                    picked.UnionWith(value?.GetStrings("ContentItemIds") ?? []);
                }
                else if (field.Kind == FieldKind.TaxonomyField
                    && (value?.GetString("TaxonomyContentItemId") ?? field.Definition.FieldSettings.GetString("TaxonomyContentItemId")) is { Length: > 0 } taxonomy)
                {
                    taxonomies.Add(taxonomy);
                }
            }
        }

        return new ContentReferences(picked, taxonomies);
    }

    /// <summary>Term id → display text of every term of a taxonomy item (nested terms included).</summary>
    public static IReadOnlyDictionary<string, string> TermNames(ContentItem taxonomy)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, name) in Terms(taxonomy.Part("TaxonomyPart")?["Terms"] as JsonArray))
        {
            names[id] = name;
        }

        return names;
    }

    private static void AddBuiltIn(List<FieldChange> changes, string partName, JsonObject? oldPart, JsonObject? newPart)
    {
        switch (partName)
        {
            case "TitlePart":
                changes.Add(Text(null, "Title", localize: true, oldPart?.GetString("Title"), newPart?.GetString("Title")));
                break;
            case "AutoroutePart":
                changes.Add(Value(null, "Path", localize: true, oldPart?.GetString("Path"), newPart?.GetString("Path")));
                break;
            case "LocalizationPart":
                changes.Add(Value(null, "Culture", localize: true, oldPart?.GetString("Culture"), newPart?.GetString("Culture")));
                break;
            case "HtmlBodyPart":
                changes.Add(Text(null, "Body", localize: true, oldPart?.GetString("Html"), newPart?.GetString("Html")));
                break;
            case "AliasPart":
                changes.Add(Value(null, "Alias", localize: true, oldPart?.GetString("Alias"), newPart?.GetString("Alias")));
                break;
            case "PublishLaterPart":
                changes.Add(Value(null, "Scheduled publishing", localize: true, Scalar(oldPart?["ScheduledPublishUtc"]), Scalar(newPart?["ScheduledPublishUtc"])));
                break;
            case "TaxonomyPart":
                changes.Add(List(null, "Terms", localize: true,
                    Terms(oldPart?["Terms"] as JsonArray).Select(t => t.Name).ToList(), Terms(newPart?["Terms"] as JsonArray).Select(t => t.Name).ToList()));
                break;
        }
    }

    private static FieldChange Field(string group, ContentPartFieldDefinition field, JsonObject? old, JsonObject? @new, IReadOnlyDictionary<string, string> names)
    {
        var label = field.DisplayName;
        IReadOnlyList<string> Named(JsonObject? value, string property) =>
            (value?.GetStrings(property) ?? []).Select(id => names.GetValueOrDefault(id) ?? id).ToList();

        return (Enum.TryParse<FieldKind>(field.FieldName, out var kind) ? kind : FieldKind.Unknown) switch
        {
            FieldKind.TextField => Text(group, label, localize: false, old?.GetString("Text"), @new?.GetString("Text")),
            FieldKind.HtmlField => Text(group, label, localize: false, old?.GetString("Html"), @new?.GetString("Html")),
            FieldKind.MarkdownField => Text(group, label, localize: false, old?.GetString("Markdown"), @new?.GetString("Markdown")),
            FieldKind.BooleanField => Value(group, label, localize: false, YesNo(old), YesNo(@new)) with { LocalizeValues = true },
            FieldKind.NumericField or FieldKind.DateField or FieldKind.DateTimeField =>
                Value(group, label, localize: false, Scalar(old?["Value"]), Scalar(@new?["Value"])),
            FieldKind.LinkField => Value(group, label, localize: false, Link(old), Link(@new)),
            FieldKind.ContentPickerField => List(group, label, localize: false, Named(old, "ContentItemIds"), Named(@new, "ContentItemIds")),
            FieldKind.TaxonomyField => List(group, label, localize: false, Named(old, "TermContentItemIds"), Named(@new, "TermContentItemIds")),
            FieldKind.MultiTextField => List(group, label, localize: false, old?.GetStrings("Values") ?? [], @new?.GetStrings("Values") ?? []),
            FieldKind.MediaField => List(group, label, localize: false, old?.GetStrings("Paths") ?? [], @new?.GetStrings("Paths") ?? []),
            _ => Value(group, label, localize: false, old?.ToJsonString(), @new?.ToJsonString()),
        };
    }

    private static FieldChange Text(string? group, string label, bool localize, string? old, string? @new)
    {
        var changed = !string.Equals(old ?? "", @new ?? "", StringComparison.Ordinal);
        return new FieldChange(group, label, localize, FieldChangeKind.Text, changed)
        {
            Old = old,
            New = @new,
            Segments = changed ? TextDiff.Compare(old, @new) : [],
        };
    }

    private static FieldChange Value(string? group, string label, bool localize, string? old, string? @new) =>
        new(group, label, localize, FieldChangeKind.Value, !string.Equals(old ?? "", @new ?? "", StringComparison.Ordinal)) { Old = old, New = @new };

    private static FieldChange List(string? group, string label, bool localize, IReadOnlyList<string> old, IReadOnlyList<string> @new)
    {
        var removed = old.Where(o => !@new.Contains(o, StringComparer.Ordinal)).ToList();
        var added = @new.Where(n => !old.Contains(n, StringComparer.Ordinal)).ToList();
        return new FieldChange(group, label, localize, FieldChangeKind.List, !old.SequenceEqual(@new, StringComparer.Ordinal))
        {
            Old = string.Join(", ", old),
            New = string.Join(", ", @new),
            Removed = removed,
            Added = added,
            Kept = @new.Where(n => old.Contains(n, StringComparer.Ordinal)).ToList(),
        };
    }

    private static string? YesNo(JsonObject? value) => value?["Value"] is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False
        ? (v.GetValue<bool>() ? "Yes" : "No")
        : null;

    private static string? Link(JsonObject? value)
    {
        var url = value?.GetString("Url");
        var text = value?.GetString("Text");
        return string.IsNullOrEmpty(url) ? text : string.IsNullOrEmpty(text) ? url : $"{text} ({url})";
    }

    private static string? Scalar(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString(),
        _ => node.ToJsonString(),
    };

    private static IEnumerable<(string Id, string Name)> Terms(JsonArray? terms)
    {
        foreach (var term in terms?.OfType<JsonObject>() ?? [])
        {
            if (term.GetString("ContentItemId") is { Length: > 0 } id)
            {
                yield return (id, term.GetString("DisplayText") ?? (term["TitlePart"] as JsonObject)?.GetString("Title") ?? id);
            }

            foreach (var nested in Terms(term["Terms"] as JsonArray))
            {
                yield return nested;
            }
        }
    }
}
