namespace EduHub.GraphQL.Schema;

/// <summary>Orchard Core's GraphQL naming: camelCase, parts without the "Part" suffix.</summary>
internal static class GraphQLNames
{
    public static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    public static string PartField(string partName) =>
        Camel(partName.EndsWith("Part", StringComparison.Ordinal) && partName.Length > 4 ? partName[..^4] : partName);
}
