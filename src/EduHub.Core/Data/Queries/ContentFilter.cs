namespace EduHub.Core.Data.Queries;

/// <summary>A filter tree: metadata and field predicates combined with AND / OR / NOT.</summary>
public abstract record ContentFilter
{
    public static ContentFilter And(params ContentFilter[] filters) => new AndFilter(filters);

    public static ContentFilter Or(params ContentFilter[] filters) => new OrFilter(filters);

    public static ContentFilter Not(ContentFilter filter) => new NotFilter(filter);
}

public sealed record AndFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

public sealed record OrFilter(IReadOnlyList<ContentFilter> Filters) : ContentFilter;

public sealed record NotFilter(ContentFilter Filter) : ContentFilter;

/// <summary>A predicate on an item's metadata (display text, owner, dates, culture, ...).</summary>
public sealed record MetadataFilter(MetadataField Field, FilterOperator Operator, IReadOnlyList<object?> Values) : ContentFilter
{
    public MetadataFilter(MetadataField field, FilterOperator op, object? value)
        : this(field, op, [value])
    {
    }
}

/// <summary>A predicate on a field, addressed by the part's name in the type and the field's name.</summary>
public sealed record FieldFilter(string PartName, string FieldName, FilterOperator Operator, IReadOnlyList<object?> Values) : ContentFilter
{
    public FieldFilter(string partName, string fieldName, FilterOperator op, object? value)
        : this(partName, fieldName, op, [value])
    {
    }
}
