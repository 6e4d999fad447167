using EduHub.Core.Contents;
using EduHub.GraphQL.Abstractions;
using EduHub.Search.Lucene.Querying;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Search.Lucene.GraphQL;

/// <summary>
/// <c>search(query, contentTypes, culture, filters, first, skip, index)</c> on the root query: the same search
/// as <c>GET /api/search</c> (same permissions), with the typed <c>contentItem</c> of each hit. Never cached:
/// the per-type response cache cannot know when a search answer changes.
/// </summary>
internal sealed class SearchSchemaContributor : IGraphQLSchemaContributor
{
    public void Contribute(GraphQLSchemaContext context)
    {
        var facetValue = new ObjectGraphType { Name = "SearchFacetValue", Description = "One value of a facet and how many hits have it." };
        facetValue.AddField(Field<FacetValue>("value", typeof(NonNullGraphType<StringGraphType>), v => v.Value, "Pass it back in filters."));
        facetValue.AddField(Field<FacetValue>("label", typeof(NonNullGraphType<StringGraphType>), v => v.Label, "What to show (a term's name)."));
        facetValue.AddField(Field<FacetValue>("count", typeof(NonNullGraphType<IntGraphType>), v => v.Count));

        var facet = new ObjectGraphType { Name = "SearchFacet" };
        facet.AddField(Field<KeyValuePair<string, IReadOnlyList<FacetValue>>>("name", typeof(NonNullGraphType<StringGraphType>), f => f.Key));
        facet.AddField(new FieldType
        {
            Name = "values",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(facetValue))),
            Resolver = new FuncFieldResolver<object?>(ctx => ((KeyValuePair<string, IReadOnlyList<FacetValue>>)ctx.Source!).Value),
        });

        var hit = new ObjectGraphType { Name = "SearchHit" };
        hit.AddField(Field<SearchHit>("contentItemId", typeof(NonNullGraphType<StringGraphType>), h => h.ContentItemId));
        hit.AddField(Field<SearchHit>("contentType", typeof(NonNullGraphType<StringGraphType>), h => h.ContentType));
        hit.AddField(Field<SearchHit>("displayText", typeof(NonNullGraphType<StringGraphType>), h => h.DisplayText));
        hit.AddField(Field<SearchHit>("culture", typeof(StringGraphType), h => h.Culture));
        hit.AddField(Field<SearchHit>("score", typeof(NonNullGraphType<FloatGraphType>), h => h.Score));
        hit.AddField(Field<SearchHit>("highlights", typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>), h => h.Highlights, "HTML-escaped snippets with <em> around the matched words."));
        hit.AddField(new FieldType
        {
            Name = "contentItem",
            Description = "The published item, typed (null if it was removed since it was indexed).",
            ResolvedType = context.ContentItem,
            Resolver = new FuncFieldResolver<object?>(async ctx =>
                await ctx.RequestServices!.GetRequiredService<ContentManager>().GetAsync(((SearchHit)ctx.Source!).ContentItemId, VersionOptions.Published, ctx.CancellationToken)),
        });

        var results = new ObjectGraphType { Name = "SearchResults" };
        results.AddField(Field<SearchResponse>("totalCount", typeof(NonNullGraphType<IntGraphType>), r => r.Total));
        results.AddField(new FieldType
        {
            Name = "hits",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(hit))),
            Resolver = new FuncFieldResolver<object?>(ctx => ((SearchResponse)ctx.Source!).Hits),
        });
        results.AddField(new FieldType
        {
            Name = "facets",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(facet))),
            Resolver = new FuncFieldResolver<object?>(ctx => ((SearchResponse)ctx.Source!).Facets.ToList()),
        });

        var filters = new InputObjectGraphType { Name = "SearchFiltersInput", Description = "Each list matches any of its values; lists combine with AND." };
        foreach (var name in new[] { "region", "subject", "grade", "language", "cost" })
        {
            filters.AddField(new FieldType { Name = name, Type = typeof(ListGraphType<NonNullGraphType<StringGraphType>>) });
        }

        context.Query.AddField(new FieldType
        {
            Name = "search",
            Description = "Full-text search over published content you may see (Armenian, Russian, English), with highlights and facets.",
            ResolvedType = new NonNullGraphType(results),
            Arguments = new QueryArguments(
                new QueryArgument<StringGraphType> { Name = "query", Description = "Words (all required), \"phrases\", -excluded, prefix*." },
                new QueryArgument<ListGraphType<NonNullGraphType<StringGraphType>>> { Name = "contentTypes" },
                new QueryArgument<StringGraphType> { Name = "culture" },
                new QueryArgument(filters) { Name = "filters" },
                new QueryArgument<IntGraphType> { Name = "first", DefaultValue = 20 },
                new QueryArgument<IntGraphType> { Name = "skip", DefaultValue = 0 },
                new QueryArgument<StringGraphType> { Name = "index", Description = "An index profile's name (default: public)." }),
            Resolver = new FuncFieldResolver<object?>(ResolveAsync),
        });
    }

    private static async ValueTask<object?> ResolveAsync(IResolveFieldContext ctx)
    {
        var state = ctx.RequestState();
        state.Cacheable = false;
        var filters = ctx.GetArgument<Dictionary<string, object?>>("filters") ?? [];
        var request = new SearchRequest(
            ctx.GetArgument<string?>("query"),
            ctx.GetArgument<List<string>?>("contentTypes") ?? [],
            ctx.GetArgument<string?>("culture"),
            filters.Where(f => f.Value is IEnumerable<object> values && values.Any())
                .ToDictionary(f => f.Key, f => (IReadOnlyList<string>)((IEnumerable<object>)f.Value!).Select(v => v.ToString()!).ToList()),
            Size: ctx.GetArgument("first", 20),
            Index: ctx.GetArgument<string?>("index"),
            Skip: ctx.GetArgument("skip", 0));
        try
        {
            return await ctx.RequestServices!.GetRequiredService<SearchService>().SearchAsync(request, ctx.CancellationToken);
        }
        catch (SearchSyntaxException e)
        {
            state.BadRequest = true;
            throw new ExecutionError($"{e.Title}: {e.Message}") { Code = e.Title.Contains("size", StringComparison.OrdinalIgnoreCase) ? GraphQLErrorCodes.PageSizeExceeded : GraphQLErrorCodes.BadQuery };
        }
    }

    private static FieldType Field<T>(string name, Type type, Func<T, object?> value, string? description = null) => new()
    {
        Name = name,
        Type = type,
        Description = description,
        Resolver = new FuncFieldResolver<object?>(ctx => value((T)ctx.Source!)),
    };
}
