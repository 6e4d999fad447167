using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.GraphQL.Schema;

/// <summary>What a part's fields resolve against: the item and the part's name in its type.</summary>
internal sealed record PartSource(ContentItem Item, string PartName)
{
    public DocumentValue Json => Item.Read(PartName);

    public static (ContentItem Item, string PartName)? Of(object? source, string ownPartName) => source switch
    {
        ContentItem item => (item, ownPartName),
        PartSource part => (part.Item, part.PartName),
        _ => null,
    };
}

/// <summary>What the sub-fields of a complex field (link, picker, taxonomy, ...) resolve against.</summary>
internal sealed record FieldSource(ContentItem Item, TypeField Field, DocumentValue Value);
