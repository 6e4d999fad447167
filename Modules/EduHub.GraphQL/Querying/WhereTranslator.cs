using EduHub.Core.Data.Queries;
using GraphQL.Types;

namespace EduHub.GraphQL.Querying;

/// <summary>Turns a parsed <c>where</c> argument into the engine's filter tree (all keys of one object are ANDed).</summary>
internal static class WhereTranslator
{
    public static ContentFilter? Translate(IDictionary<string, object?>? where, IInputObjectGraphType type)
    {
        if (where is null || where.Count == 0)
        {
            return null;
        }

        var filters = new List<ContentFilter>();
        foreach (var (key, value) in where)
        {
            var field = type.GetField(key) ?? throw new InvalidOperationException($"Unknown where field '{key}'.");
            switch (key)
            {
                case "AND":
                    filters.Add(ContentFilter.And(Each(value, type)));
                    break;
                case "OR":
                    filters.Add(ContentFilter.Or(Each(value, type)));
                    break;
                case "NOT":
                    filters.Add(ContentFilter.Not(ContentFilter.Or(Each(value, type))));
                    break;
                default:
                    if (field.Metadata.TryGetValue(FilterTarget.Key, out var target) && target is FilterTarget filter)
                    {
                        filters.Add(filter.ToFilter(value));
                    }
                    else if (field.ResolvedType is IInputObjectGraphType nested && Translate(value as IDictionary<string, object?>, nested) is { } inner)
                    {
                        filters.Add(inner);
                    }

                    break;
            }
        }

        return filters.Count == 1 ? filters[0] : ContentFilter.And([.. filters]);
    }

    private static ContentFilter[] Each(object? value, IInputObjectGraphType type) =>
        (value as IEnumerable<object?> ?? []).OfType<IDictionary<string, object?>>().Select(w => Translate(w, type)).OfType<ContentFilter>().ToArray();
}
