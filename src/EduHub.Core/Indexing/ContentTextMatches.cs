namespace EduHub.Core.Indexing;

/// <summary>What <see cref="IContentTextSearch"/> found; <paramref name="Problem"/> explains a query it could not run (no ids then).</summary>
public sealed record ContentTextMatches(IReadOnlyList<string> ContentItemIds, string? Problem = null)
{
    public static ContentTextMatches Invalid(string problem) => new([], problem);
}
