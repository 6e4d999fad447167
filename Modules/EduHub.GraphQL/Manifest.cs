using EduHub.Core.Modules;

namespace EduHub.GraphQL;

internal static class Manifest
{
    public static ModuleManifest Value { get; } = new(
        Id: "EduHub.GraphQL",
        Name: "GraphQL",
        Description: "GraphQL API at /api/graphql generated from the content definitions, with GraphiQL at /graphiql.");
}
