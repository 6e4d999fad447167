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

    private static string Visible(ContentCaller caller, List<ContentTypeDefinition> types, ContentVerb verb, SqlParameters parameters)
    {
        var all = types.Where(t => caller.MayAny(verb, t)).Select(t => t.Name).ToList();
        var own = caller.UserName is null ? [] : types.Where(t => !all.Contains(t.Name) && caller.May(verb, t, caller.UserName)).Select(t => t.Name).ToList();
        var clauses = new List<string>();
        if (all.Count > 0)
        {
            clauses.Add(parameters.Dialect.In("c.ContentType", parameters.Add(all)));
        }

        if (own.Count > 0)
        {
            clauses.Add($"({parameters.Dialect.In("c.ContentType", parameters.Add(own))} AND c.Owner = {parameters.Add(caller.UserName)})");
        }

        return clauses.Count == 0 ? "1 = 0" : "(" + string.Join(" OR ", clauses) + ")";
    }
}
