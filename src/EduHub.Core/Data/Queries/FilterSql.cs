using EduHub.Core.Metadata;

namespace EduHub.Core.Data.Queries;

/// <summary>Translates a filter tree into SQL over ContentItemIndex (alias c) and the field index tables.</summary>
internal sealed class FilterSql(ContentDefinitionSnapshot definitions, string? contentType, SqlParameters parameters, PrivacyRules privacy)
{
    public string Build(ContentFilter filter) => filter switch
    {
        AndFilter and => and.Filters.Count == 0 ? "1 = 1" : "(" + string.Join(" AND ", and.Filters.Select(Build)) + ")",
        OrFilter or => or.Filters.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", or.Filters.Select(Build)) + ")",
        NotFilter not => $"NOT {Build(not.Filter)}",
        MetadataFilter m => Metadata(m),
        FieldFilter f => Field(f),
        _ => throw new ContentQueryException("Unknown filter."),
    };

    private string Metadata(MetadataFilter filter)
    {
        privacy.EnsureUsable(filter.Field);
        var (column, kind) = MetadataColumns.Of(filter.Field);

        // Display text is compared folded; paths are stored lower-case, so the value is lower-cased to match on both databases.
        var fold = filter.Field is MetadataField.DisplayText or MetadataField.Path;
        return Compare(column, kind, fold, filter.Operator, filter.Values, nullable: true);
    }

    private string Field(FieldFilter filter)
    {
        if (contentType is null)
        {
            throw new ContentQueryException($"Filtering on {filter.PartName}.{filter.FieldName} needs exactly one content type.");
        }

        var field = definitions.FindField(contentType, filter.PartName, filter.FieldName)
            ?? throw new ContentQueryException($"{contentType} has no field {filter.PartName}.{filter.FieldName}.");
        privacy.EnsureUsable(field);
        var index = FieldIndexColumn.For(field);
        if (index.IsReference && filter.Operator is not (FilterOperator.Equals or FilterOperator.NotEquals or FilterOperator.In or FilterOperator.NotIn))
        {
            throw new ContentQueryException($"{filter.PartName}.{filter.FieldName} takes only equals, not, in and not_in.");
        }

        var negated = filter.Operator is FilterOperator.NotEquals or FilterOperator.NotIn or FilterOperator.NotContains
            or FilterOperator.NotStartsWith or FilterOperator.NotEndsWith;
        var positive = negated ? Positive(filter.Operator) : filter.Operator;
        var scope = $"f.DocumentId = c.Id AND f.ContentType = {parameters.Add(contentType)} AND f.ContentPart = {parameters.Add(field.PartName)} AND f.ContentField = {parameters.Add(field.FieldName)}";

        // "equals null" means "has no value": no row with a value.
        var isNullTest = positive == FilterOperator.Equals && filter.Values.Count == 1 && filter.Values[0] is null;
        var condition = isNullTest ? $"f.{index.Column} IS NOT NULL" : Compare($"f.{index.Column}", index.ValueKind, fold: !index.IsReference, positive, filter.Values, nullable: false);

        // An unset yes/no field means "no" (as its editor shows it), so "= false" also matches empty values.
        if (index.ValueKind == SortValueKind.Boolean && positive == FilterOperator.Equals && filter.Values is [false or "false" or "False"])
        {
            condition = $"({condition} OR f.{index.Column} IS NULL)";
        }
        var exists = $"EXISTS (SELECT 1 FROM {index.Table} f WHERE {scope} AND {condition})";
        return negated != isNullTest ? $"NOT {exists}" : exists;
    }

    private string Compare(string column, SortValueKind kind, bool fold, FilterOperator op, IReadOnlyList<object?> values, bool nullable)
    {
        object? Single()
        {
            if (values.Count != 1)
            {
                throw new ContentQueryException($"The {op} operator takes one value.");
            }

            return QueryValues.Convert(values[0], kind, fold);
        }

        string Like(bool prefix, bool suffix)
        {
            if (kind != SortValueKind.Text)
            {
                throw new ContentQueryException($"The {op} operator works on text only.");
            }

            return $"{column} LIKE {parameters.Add(SqlDialect.LikePattern((string?)Single() ?? "", prefix, suffix))}{SqlDialect.LikeEscape}";
        }

        string Range(string symbol)
        {
            if (kind is not (SortValueKind.Number or SortValueKind.Date or SortValueKind.Text))
            {
                throw new ContentQueryException($"The {op} operator works on numbers, dates and text.");
            }

            return $"{column} {symbol} {parameters.Add(Single())}";
        }

        string InList() => values.Count == 0
            ? "1 = 0"
            : parameters.Dialect.In(column, parameters.Add(QueryValues.ConvertList(values, kind, fold)));

        string Negate(string positive) => nullable ? $"({column} IS NULL OR NOT ({positive}))" : $"NOT ({positive})";

        return op switch
        {
            FilterOperator.Equals => Single() is { } v ? $"{column} = {parameters.Add(v)}" : $"{column} IS NULL",
            FilterOperator.NotEquals => Single() is { } v ? Negate($"{column} = {parameters.Add(v)}") : $"{column} IS NOT NULL",
            FilterOperator.In => InList(),
            FilterOperator.NotIn => Negate(InList()),
            FilterOperator.Contains => Like(true, true),
            FilterOperator.NotContains => Negate(Like(true, true)),
            FilterOperator.StartsWith => Like(false, true),
            FilterOperator.NotStartsWith => Negate(Like(false, true)),
            FilterOperator.EndsWith => Like(true, false),
            FilterOperator.NotEndsWith => Negate(Like(true, false)),
            FilterOperator.GreaterThan => Range(">"),
            FilterOperator.GreaterThanOrEqual => Range(">="),
            FilterOperator.LessThan => Range("<"),
            _ => Range("<="),
        };
    }

    private static FilterOperator Positive(FilterOperator op) => op switch
    {
        FilterOperator.NotEquals => FilterOperator.Equals,
        FilterOperator.NotIn => FilterOperator.In,
        FilterOperator.NotContains => FilterOperator.Contains,
        FilterOperator.NotStartsWith => FilterOperator.StartsWith,
        _ => FilterOperator.EndsWith,
    };
}
