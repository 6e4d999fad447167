using GraphQL.Types;

namespace EduHub.GraphQL.Schema;

/// <summary>The shared graph types of one schema build (each named type must exist once per schema).</summary>
internal sealed class ContentGraphTypes
{
    public ContentGraphTypes()
    {
        ContentItem = new InterfaceGraphType { Name = "ContentItem", Description = "Any content item." };
        CommonFields.AddTo(ContentItem);

        // By the item's type name: without it GraphQL.NET asks every content type's IsTypeOf in turn for each item.
        ContentItem.ResolveType = source => source is Core.Contents.ContentItem item && ObjectTypes.TryGetValue(item.ContentType, out var type) ? type : null;
        Status = new EnumerationGraphType { Name = "Status", Description = "Which versions to return." };
        Status.Add("PUBLISHED", Core.Data.Queries.ContentStatus.Published, "Published versions (the default).");
        Status.Add("DRAFT", Core.Data.Queries.ContentStatus.Draft, "Latest versions that are drafts.");
        Status.Add("LATEST", Core.Data.Queries.ContentStatus.Latest, "Latest versions, published or not.");
        Status.Add("ALL", Core.Data.Queries.ContentStatus.All, "Latest and published versions.");
        Direction = new EnumerationGraphType { Name = "OrderByDirection" };
        Direction.Add("ASC", false);
        Direction.Add("DESC", true);
        PageInfo = new ObjectGraphType { Name = "PageInfo" };
    }

    public InterfaceGraphType ContentItem { get; }

    public EnumerationGraphType Status { get; }

    public EnumerationGraphType Direction { get; }

    public ObjectGraphType PageInfo { get; }

    public Dictionary<string, IObjectGraphType> ObjectTypes { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IGraphType> Named { get; } = new(StringComparer.Ordinal);

    /// <summary>One instance per name: parts and field shapes are shared between content types.</summary>
    public T GetOrAdd<T>(string name, Func<T> create) where T : IGraphType
    {
        if (Named.TryGetValue(name, out var existing))
        {
            return (T)existing;
        }

        var created = create();
        Named[name] = created;
        return created;
    }
}
