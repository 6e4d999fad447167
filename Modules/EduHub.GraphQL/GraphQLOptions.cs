namespace EduHub.GraphQL;

/// <summary>Configuration section <c>EduHub:GraphQL</c>: limits with safe defaults (see docs/graphql.md).</summary>
public sealed class GraphQLOptions
{
    public const string Section = "EduHub:GraphQL";

    public int MaxDepth { get; set; } = 12;

    /// <summary>Cost limit; a list field costs its page size times what it selects, so nesting multiplies.</summary>
    public int MaxComplexity { get; set; } = 20_000;

    public int DefaultPageSize { get; set; } = 20;

    public int MaxPageSize { get; set; } = 100;

    public int MaxQueryLength { get; set; } = 20_000;

    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(15);

    public bool Introspection { get; set; } = true;

    /// <summary>
    /// Depth limit of an operation made only of introspection fields (<c>__schema</c>, <c>__type</c>, <c>__typename</c>):
    /// tools' schema queries (GraphiQL's is 15 deep) nest type references deeper than content queries ever need.
    /// </summary>
    public int IntrospectionMaxDepth { get; set; } = 20;

    /// <summary>Cost limit of an introspection-only operation; GraphiQL's schema query costs about 1.9 million, recursive ones far more.</summary>
    public int IntrospectionMaxComplexity { get; set; } = 2_500_000;

    /// <summary>Per culture, the cultures tried next when an item has no translation (the site default culture is always last).</summary>
    public Dictionary<string, List<string>> CultureFallback { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Size of the anonymous response cache: an answer takes one or two entries (parsed key, raw-request key); 0 turns it off.</summary>
    public int ResponseCacheEntries { get; set; } = 2_000;

    /// <summary>
    /// How many index rows of picked items (e.g. platforms' providers) are kept for anonymous callers between requests;
    /// 0 turns it off. Entries drop as soon as anything of their type is published, unpublished or deleted.
    /// </summary>
    public int PickedRowCacheEntries { get; set; } = 10_000;

    /// <summary>How many distinct query texts are kept parsed (and validated, for requests without variables).</summary>
    public int DocumentCacheEntries { get; set; } = 1_000;
}
