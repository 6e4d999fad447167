using EduHub.Core.Contents;
using EduHub.Core.Contents.Text;
using EduHub.Core.Data.Indexes;
using EduHub.Core.Metadata;

namespace EduHub.Bench;

/// <summary>The rows the engine writes for one new published item, computed without the engine's save path.</summary>
internal sealed record RawRow(ContentItem Item, string VersionId, string? RoutePath, string Content, FieldIndexRows Fields)
{
    public string? CultureCode => Item.Part("LocalizationPart")?["Culture"]?.GetValue<string>();

    public string? SetId => Item.Part("LocalizationPart")?["LocalizationSet"]?.GetValue<string>();

    public static RawRow From(ContentItem item, ContentDefinitionSnapshot definitions)
    {
        string? path = null;
        if (item.Part("AutoroutePart") is { } autoroute)
        {
            // The generator leaves Path empty, so the engine renders "<prefix>/{{ ContentItem.DisplayText | slugify }}".
            var pattern = definitions.GetType(item.ContentType)?.ContentTypePartDefinitionRecords
                .FirstOrDefault(p => p.PartName == "AutoroutePart")?.Settings["AutoroutePartSettings"]?["Pattern"]?.GetValue<string>() ?? "";
            var prefix = pattern.Split("{{", 2)[0];
            path = Slug.NormalizePath(prefix + Slug.Generate(item.DisplayText));
            autoroute["Path"] = path;
        }

        return new RawRow(item, IdGenerator.NewId(), path, item.Content.ToJsonString(), FieldIndexBuilder.Build(item, definitions));
    }
}
