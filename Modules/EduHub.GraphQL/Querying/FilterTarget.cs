using EduHub.Core.Data.Queries;

namespace EduHub.GraphQL.Querying;

/// <summary>What one <c>where</c> input field means, stored in the field's metadata when the schema is built.</summary>
internal sealed record FilterTarget(MetadataField? Metadata, string? PartName, string? FieldName, FilterOperator Operator)
{
    public const string Key = "eduhub:filter";

    public ContentFilter ToFilter(object? value)
    {
        IReadOnlyList<object?> values = Operator is FilterOperator.In or FilterOperator.NotIn
            ? (value as IEnumerable<object?> ?? []).Select(Normalize).ToList()
            : [Normalize(value)];
        return Metadata is { } metadata ? new MetadataFilter(metadata, Operator, values) : new FieldFilter(PartName!, FieldName!, Operator, values);
    }

    private static object? Normalize(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => value,
    };
}
