namespace EduHub.Core.Data.Queries;

/// <summary>Orchard Core's GraphQL operators: <c>field</c>, <c>_not</c>, <c>_in</c>, <c>_contains</c>, <c>_gt</c>, ...</summary>
public enum FilterOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Contains,
    NotContains,
    StartsWith,
    NotStartsWith,
    EndsWith,
    NotEndsWith,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
}
