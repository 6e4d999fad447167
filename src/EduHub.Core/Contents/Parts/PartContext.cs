using EduHub.Core.Contents.Handlers;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Parts;

/// <summary>One part of the item being saved, with its settings in the type.</summary>
public sealed class PartContext(ValidateContentContext validation, ContentTypePartDefinition typePart, ContentLookup lookup)
{
    public ValidateContentContext Validation { get; } = validation;

    public ContentItem Item => Validation.Item;

    public ContentTypePartDefinition TypePart { get; } = typePart;

    public ContentLookup Lookup { get; } = lookup;

    public System.Text.Json.Nodes.JsonObject Part => Item.GetOrCreatePart(TypePart.Name);

    public System.Text.Json.Nodes.JsonObject Settings(string name) => TypePart.Settings[name] as System.Text.Json.Nodes.JsonObject ?? [];

    public void Error(string property, string message, string code = ContentErrorCodes.Invalid, IReadOnlyDictionary<string, object>? arguments = null) =>
        Validation.AddError($"{TypePart.Name}.{property}", message, code, arguments);
}
