using System.Text.Json.Nodes;
using EduHub.Core.Metadata;

namespace EduHub.ContentEditing.Editors;

/// <summary>
/// Turns a content type's definition into the form's sections: its parts in position order, each part's fields in
/// position order, with the editor each field's settings ask for (options, text area, multiple, ...).
/// </summary>
public static class ContentFormBuilder
{
    public static IReadOnlyList<EditorSection> Build(ContentDefinitionSnapshot snapshot, ContentTypeDefinition type, Func<string, string> t)
    {
        var sections = new List<EditorSection>();
        var builtIn = new List<EditorField>();
        foreach (var typePart in Ordered(type.ContentTypePartDefinitionRecords, p => p.Settings))
        {
            var settings = typePart.Settings;
            switch (typePart.PartName)
            {
                case "TitlePart":
                    var title = settings["TitlePartSettings"] as JsonObject ?? [];
                    if (title.GetString("Options") is not ("GeneratedDisabled" or "2"))
                    {
                        builtIn.Add(BuiltIn(type, typePart, "Title", EditorKind.Text, t("Title"), null, title.GetString("Options") is "EditableRequired" or "1"));
                    }

                    break;
                case "AutoroutePart":
                    if ((settings["AutoroutePartSettings"] as JsonObject ?? []).GetBool("AllowCustomPath", fallback: true))
                    {
                        builtIn.Add(BuiltIn(type, typePart, "Path", EditorKind.Text, t("Path"), t("The page's address; leave empty to make it from the title."), false));
                    }

                    break;
                case "AliasPart":
                    builtIn.Add(BuiltIn(type, typePart, "Alias", EditorKind.Text, t("Alias"), t("A stable name for this item: a-z, 0-9, '-', '_' and '/'."), false));
                    break;
                case "LocalizationPart":
                    builtIn.Add(BuiltIn(type, typePart, "Culture", EditorKind.Select, t("Language"), null, true));
                    break;
                case "HtmlBodyPart":
                    builtIn.Add(BuiltIn(type, typePart, "Html", EditorKind.Html, t("Body"), null, false));
                    break;
                case "PublishLaterPart":
                    builtIn.Add(BuiltIn(type, typePart, "ScheduledPublishUtc", EditorKind.DateTime, t("Publish later (UTC)"), t("Leave empty to publish only when you press Publish."), false));
                    break;
                default:
                    if (snapshot.GetPart(typePart.PartName) is { } part && part.ContentPartFieldDefinitionRecords.Count > 0)
                    {
                        var fields = Ordered(part.ContentPartFieldDefinitionRecords, f => f.Settings)
                            .Select(f => Field(new TypeField(type.Name, typePart.Name, f), t)).OfType<EditorField>().ToList();
                        sections.Add(new EditorSection(PartHeading(typePart, part, type), fields));
                    }

                    break;
            }
        }

        if (builtIn.Count > 0)
        {
            sections.Insert(0, new EditorSection(null, builtIn));
        }

        return sections;
    }

    private static EditorField BuiltIn(ContentTypeDefinition type, ContentTypePartDefinition typePart, string property, EditorKind kind, string label, string? hint, bool required) => new()
    {
        Key = $"{typePart.Name}.{property}",
        ContentType = type.Name,
        PartName = typePart.Name,
        Property = property,
        Kind = kind,
        Label = label,
        Hint = hint,
        Required = required,
    };

    private static EditorField? Field(TypeField field, Func<string, string> t)
    {
        var definition = field.Definition;
        var settings = definition.FieldSettings;
        var editor = definition.PartFieldSettings.GetString("Editor") ?? settings.GetString("Editor");
        var kind = field.Kind switch
        {
            FieldKind.TextField => TextEditor(definition, editor),
            FieldKind.HtmlField => EditorKind.Html,
            FieldKind.MarkdownField => EditorKind.Markdown,
            FieldKind.NumericField => EditorKind.Number,
            FieldKind.BooleanField => EditorKind.Boolean,
            FieldKind.DateField => EditorKind.Date,
            FieldKind.DateTimeField => EditorKind.DateTime,
            FieldKind.LinkField => EditorKind.Link,
            FieldKind.ContentPickerField => EditorKind.Picker,
            FieldKind.TaxonomyField => EditorKind.Taxonomy,
            FieldKind.MultiTextField => settings["Options"] is JsonArray { Count: > 0 } ? EditorKind.CheckboxList : EditorKind.Lines,
            FieldKind.MediaField => EditorKind.Lines,
            _ => (EditorKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var hint = definition.PartFieldSettings.GetString("Hint") ?? settings.GetString("Hint");
        if (kind == EditorKind.Lines)
        {
            hint = string.IsNullOrEmpty(hint) ? t("One value per line.") : $"{hint} ({t("one value per line")})";
        }

        return new EditorField
        {
            Key = $"{field.PartName}.{field.FieldName}",
            ContentType = field.ContentType,
            PartName = field.PartName,
            FieldName = field.FieldName,
            FieldKind = field.Kind,
            Kind = kind.Value,
            Label = definition.DisplayName,
            Hint = hint,
            Required = settings.GetBool("Required"),
            Multiple = field.Kind == FieldKind.TaxonomyField ? !settings.GetBool("Unique") : settings.GetBool("Multiple"),
            Minimum = settings.GetDecimal("Minimum"),
            Maximum = settings.GetDecimal("Maximum"),
            Scale = settings.GetInt("Scale"),
            CheckboxLabel = settings.GetString("Label"),
            TaxonomyId = settings.GetString("TaxonomyContentItemId"),
            PickerTypes = settings.GetBool("DisplayAllContentTypes") ? [] : settings.GetStrings("DisplayedContentTypes"),
            Options = StaticOptions(definition, field.Kind),
        };
    }

    private static EditorKind TextEditor(ContentPartFieldDefinition definition, string? editor)
    {
        var list = definition.Settings["TextFieldPredefinedListEditorSettings"] as JsonObject;
        if (list?["Options"] is JsonArray { Count: > 0 })
        {
            return list.GetString("Editor") is "Radio" or "1" ? EditorKind.Radios : EditorKind.Select;
        }

        return editor is "TextArea" or "Multiline" ? EditorKind.TextArea : EditorKind.Text;
    }

    private static IReadOnlyList<EditorOption> StaticOptions(ContentPartFieldDefinition definition, FieldKind kind)
    {
        var options = kind switch
        {
            FieldKind.TextField => (definition.Settings["TextFieldPredefinedListEditorSettings"] as JsonObject)?["Options"] as JsonArray,
            FieldKind.MultiTextField => definition.FieldSettings["Options"] as JsonArray,
            _ => null,
        };
        return options?.OfType<JsonObject>()
            .Select(o => o.GetString("value") is { } value ? new EditorOption(value, o.GetString("name") ?? value) : null)
            .OfType<EditorOption>().ToList() ?? [];
    }

    private static string PartHeading(ContentTypePartDefinition typePart, ContentPartDefinition part, ContentTypeDefinition type) =>
        (typePart.Settings["ContentTypePartSettings"] as JsonObject)?.GetString("DisplayName")
        ?? (part.Settings["ContentPartSettings"] as JsonObject)?.GetString("DisplayName")
        ?? (typePart.Name == type.Name ? type.DisplayName ?? type.Name : typePart.Name);

    /// <summary>By the <c>Position</c> setting (numbers or strings, as recipes write them), then as defined.</summary>
    private static IEnumerable<T> Ordered<T>(IEnumerable<T> items, Func<T, JsonObject> settings) =>
        items.Select((item, index) => (item, index, position: Position(settings(item))))
            .OrderBy(x => x.position ?? x.index).ThenBy(x => x.index).Select(x => x.item);

    private static decimal? Position(JsonObject settings) =>
        ((settings["ContentTypePartSettings"] ?? settings["ContentPartFieldSettings"]) as JsonObject)?.GetDecimal("Position");
}
