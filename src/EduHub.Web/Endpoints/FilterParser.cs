using EduHub.Core.Data.Queries;

namespace EduHub.Web.Endpoints;

internal static class FilterParser
{
    private static readonly Dictionary<string, FilterOperator> Operators = new(StringComparer.OrdinalIgnoreCase)
    {
        ["eq"] = FilterOperator.Equals, ["not"] = FilterOperator.NotEquals, ["in"] = FilterOperator.In, ["not_in"] = FilterOperator.NotIn,
        ["contains"] = FilterOperator.Contains, ["not_contains"] = FilterOperator.NotContains, ["starts_with"] = FilterOperator.StartsWith,
        ["not_starts_with"] = FilterOperator.NotStartsWith, ["ends_with"] = FilterOperator.EndsWith, ["not_ends_with"] = FilterOperator.NotEndsWith,
        ["gt"] = FilterOperator.GreaterThan, ["gte"] = FilterOperator.GreaterThanOrEqual, ["lt"] = FilterOperator.LessThan, ["lte"] = FilterOperator.LessThanOrEqual,
    };

    public static ContentFilter Parse(string text)
    {
        var parts = text.Split(':', 3);
        if (parts.Length != 3 || !Operators.TryGetValue(parts[1], out var op))
        {
            throw new ContentQueryException($"Filter '{text}' must look like Part.Field:op:value with op one of {string.Join(", ", Operators.Keys)}.");
        }

        IReadOnlyList<object?> values = op is FilterOperator.In or FilterOperator.NotIn ? parts[2].Split(',').Cast<object?>().ToList() : [parts[2]];
        var target = parts[0].Split('.');
        if (target.Length == 1 && TryMetadata(target[0], out var metadata))
        {
            return new MetadataFilter(metadata, op, values);
        }

        return target.Length == 2 && target.All(IsName)
            ? new FieldFilter(target[0], target[1], op, values)
            : throw new ContentQueryException($"'{parts[0]}' is neither a metadata field nor Part.Field.");
    }

    /// <summary>Names only: Enum.TryParse would also accept "3" and map it to whatever member has that number.</summary>
    private static bool TryMetadata(string name, out MetadataField field) =>
        Enum.TryParse(name, ignoreCase: true, out field) && IsName(name) && Enum.IsDefined(field);

    private static bool IsName(string name) => name.Length > 0 && char.IsLetter(name[0]) && name.All(char.IsLetterOrDigit);

    public static ContentSort ParseSort(string text)
    {
        var descending = text.StartsWith('-');
        var target = text.TrimStart('-', '+').Split('.');
        if (target.Length == 1 && TryMetadata(target[0], out var metadata))
        {
            return ContentSort.By(metadata, descending);
        }

        return target.Length == 2 && target.All(IsName)
            ? ContentSort.ByField(target[0], target[1], descending)
            : throw new ContentQueryException($"Sort '{text}' must be a metadata field or Part.Field, with '-' for descending.");
    }
}
