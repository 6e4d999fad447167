using EduHub.Core.Data.Queries;
using EduHub.GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Schema;

/// <summary>Relay-style connections with a total count (Orchard Core has none: its issue #6939).</summary>
internal static class ConnectionTypes
{
    public static ObjectGraphType Build(IObjectGraphType node, ContentGraphTypes types)
    {
        if (!types.PageInfo.HasField("hasNextPage"))
        {
            types.PageInfo.AddField(new FieldType { Name = "hasNextPage", Type = typeof(NonNullGraphType<BooleanGraphType>), Resolver = new DirectFieldResolver((source, _, _) => ((ContentPage)source!).HasNextPage) });
            types.PageInfo.AddField(new FieldType { Name = "endCursor", Type = typeof(StringGraphType), Resolver = new DirectFieldResolver((source, _, _) => ((ContentPage)source!).EndCursor) });
        }

        var edge = new ObjectGraphType { Name = $"{node.Name}Edge" };
        edge.AddField(new FieldType { Name = "cursor", Type = typeof(NonNullGraphType<StringGraphType>), Resolver = new DirectFieldResolver((source, _, _) => ((Edge)source!).Cursor) });
        edge.AddField(new FieldType { Name = "node", ResolvedType = new NonNullGraphType(node), Resolver = new DirectFieldResolver((source, _, _) => ((Edge)source!).Node) });

        var connection = new ObjectGraphType { Name = $"{node.Name}Connection" };
        connection.AddField(new FieldType { Name = "totalCount", Type = typeof(NonNullGraphType<IntGraphType>), Resolver = new DirectFieldResolver((source, _, _) => (int)(((ContentPage)source!).Total ?? 0)) });
        connection.AddField(new FieldType { Name = "pageInfo", ResolvedType = new NonNullGraphType(types.PageInfo), Resolver = new DirectFieldResolver((source, _, _) => source) });
        connection.AddField(new FieldType
        {
            Name = "edges",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(edge))),
            Resolver = new DirectFieldResolver((source, _, _) => ((ContentPage)source!).Items.Select((item, i) => new Edge(((ContentPage)source!).Cursors[i], item)).ToList()),
        });
        connection.AddField(new FieldType
        {
            Name = "nodes",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(node))),
            Resolver = new DirectFieldResolver((source, _, _) => ((ContentPage)source!).Items),
        });
        return connection;
    }

    private sealed record Edge(string Cursor, Core.Contents.ContentItem Node);
}
