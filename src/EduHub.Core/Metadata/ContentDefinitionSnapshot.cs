namespace EduHub.Core.Metadata;

/// <summary>An immutable, indexed view of one version of the content definitions.</summary>
public sealed class ContentDefinitionSnapshot
{
    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, ContentPartDefinition> _parts;
    private readonly Dictionary<string, IReadOnlyList<TypeField>> _fieldsByType = new(StringComparer.Ordinal);

    public ContentDefinitionSnapshot(long version, ContentDefinitionDocument document)
    {
        Version = version;
        Document = document;
        _types = document.ContentTypes.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _parts = document.ContentParts.ToDictionary(p => p.Name, StringComparer.Ordinal);
        foreach (var type in document.ContentTypes)
        {
            _fieldsByType[type.Name] = type.ContentTypePartDefinitionRecords
                .SelectMany(p => GetPart(p.PartName)?.ContentPartFieldDefinitionRecords.Select(f => new TypeField(type.Name, p.Name, f)) ?? [])
                .ToList();
        }
    }

    public static ContentDefinitionSnapshot Empty { get; } = new(0, new ContentDefinitionDocument());

    public long Version { get; }

    public ContentDefinitionDocument Document { get; }

    public IEnumerable<ContentTypeDefinition> Types => Document.ContentTypes;

    public ContentTypeDefinition? GetType(string name) => _types.GetValueOrDefault(name);

    public ContentPartDefinition? GetPart(string name) => _parts.GetValueOrDefault(name);

    public IReadOnlyList<TypeField> FieldsOf(string contentType) => _fieldsByType.GetValueOrDefault(contentType) ?? [];

    public TypeField? FindField(string contentType, string partName, string fieldName) =>
        FieldsOf(contentType).FirstOrDefault(f => f.PartName == partName && f.FieldName == fieldName);

    public ContentTypePartDefinition? FindTypePart(string contentType, string partName) =>
        GetType(contentType)?.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == partName);

    public bool HasPart(string contentType, string partName) => FindTypePart(contentType, partName) is not null;
}
