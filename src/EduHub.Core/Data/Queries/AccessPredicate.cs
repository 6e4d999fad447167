using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Core.Data.Queries;

/// <summary>
/// The caller's "may see" rule as SQL: published rows of types they may view (or own), draft rows of
/// types they may preview (or own). Part of every list and by-id query, never a filter applied afterwards.
/// </summary>
internal static class AccessPredicate
{
    public static string? Build(ContentCaller caller, IEnumerable<ContentTypeDefinition> types, SqlParameters parameters)
    {
        if (caller.IsSystem)
        {
            return null;
        }

        var typeList = types.ToList();
        var published = Visible(caller, typeList, ContentVerb.View, parameters);
        var drafts = Visible(caller, typeList, ContentVerb.Preview, parameters);
        return $"((c.Published = TRUE AND {published}) OR (c.Published = FALSE AND {drafts}))";
    }

    // Loops, not LINQ: this runs for every list query, twice (LINQ cost a predicate, iterators and a list each time).
    private static string Visible(ContentCaller caller, List<ContentTypeDefinition> types, ContentVerb verb, SqlParameters parameters)
    {
        var all = new List<string>(types.Count);
        List<string>? own = null;
        foreach (var type in types)
        {
            if (caller.MayAny(verb, type))
            {
                all.Add(type.Name);
            }
            else if (caller.UserName is not null && caller.May(verb, type, caller.UserName))
            {
                (own ??= []).Add(type.Name);
            }
        }

        var anyType = all.Count > 0 ? parameters.Dialect.In("c.ContentType", parameters.Add(all)) : null;
        var ownTypes = own is null ? null : $"({parameters.Dialect.In("c.ContentType", parameters.Add(own))} AND c.Owner = {parameters.Add(caller.UserName)})";
        return (anyType, ownTypes) switch
        {
            (null, null) => "1 = 0",
            (not null, null) => "(" + anyType + ")",
            (null, not null) => "(" + ownTypes + ")",
            _ => "(" + anyType + " OR " + ownTypes + ")",
        };
    }
}
