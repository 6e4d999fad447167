namespace EduHub.Core.Data.Queries;

/// <summary>One ORDER BY expression; empty values sort last in both directions.</summary>
internal sealed record SortKey(string Expression, SortValueKind Kind, bool Descending)
{
    public string OrderBy => $"{Expression} {(Descending ? "DESC" : "ASC")} NULLS LAST";

    /// <summary>Rows strictly after a row whose key is <paramref name="value"/> (parameter name, or null for an empty value).</summary>
    public string After(string? value) => value is null
        ? "1 = 0"
        : $"({Expression} {(Descending ? "<" : ">")} {value} OR {Expression} IS NULL)";

    public string SameAs(string? value) => value is null ? $"{Expression} IS NULL" : $"{Expression} = {value}";
}
