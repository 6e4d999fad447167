using EduHub.Core.Data.Queries;

namespace EduHub.GraphQL.Querying;

/// <summary>Orchard Core's where-suffixes per kind of value.</summary>
internal static class Operators
{
    public static readonly (string Suffix, FilterOperator Operator)[] Equality =
    [
        ("", FilterOperator.Equals), ("_not", FilterOperator.NotEquals), ("_in", FilterOperator.In), ("_not_in", FilterOperator.NotIn),
    ];

    public static readonly (string Suffix, FilterOperator Operator)[] Text =
    [
        .. Equality,
        ("_contains", FilterOperator.Contains), ("_not_contains", FilterOperator.NotContains),
        ("_starts_with", FilterOperator.StartsWith), ("_not_starts_with", FilterOperator.NotStartsWith),
        ("_ends_with", FilterOperator.EndsWith), ("_not_ends_with", FilterOperator.NotEndsWith),
    ];

    public static readonly (string Suffix, FilterOperator Operator)[] Range =
    [
        .. Equality,
        ("_gt", FilterOperator.GreaterThan), ("_gte", FilterOperator.GreaterThanOrEqual),
        ("_lt", FilterOperator.LessThan), ("_lte", FilterOperator.LessThanOrEqual),
    ];

    public static readonly (string Suffix, FilterOperator Operator)[] Boolean =
    [
        ("", FilterOperator.Equals), ("_not", FilterOperator.NotEquals),
    ];
}
