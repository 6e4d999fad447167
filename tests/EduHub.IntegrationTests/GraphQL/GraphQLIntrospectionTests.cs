using System.Net;
using EduHub.GraphQL.Execution;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.GraphQL;

/// <summary>
/// Operations made only of introspection fields have their own limits (tools' schema queries nest type references deeply);
/// every other operation keeps MaxDepth and MaxComplexity.
/// </summary>
public sealed class GraphQLIntrospectionTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    /// <summary>The schema query GraphiQL sends (graphql-js getIntrospectionQuery with GraphiQL's default options; 15 levels deep).</summary>
    internal const string GraphiQLIntrospection = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives {
              name
              description
              locations
              args { ...InputValue }
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          description
          fields(includeDeprecated: true) {
            name
            description
            args { ...InputValue }
            type { ...TypeRef }
            isDeprecated
            deprecationReason
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) {
            name
            description
            isDeprecated
            deprecationReason
          }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          description
          type { ...TypeRef }
          defaultValue
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
            ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        }
        """;

    [Fact]
    public async Task GraphiQLs_schema_query_is_answered_for_anonymous_callers()
    {
        var (status, body) = await site.Anonymous().GraphQLAsync(GraphiQLIntrospection);

        Assert.True(status == HttpStatusCode.OK, body.ToJsonString());
        Assert.Null(body["errors"]);
        Assert.Equal("Query", body.Data("__schema")["queryType"]!["name"]!.GetValue<string>());
        Assert.Contains(body.Data("__schema")["types"]!.AsArray(), t => t!["name"]!.GetValue<string>() == "Platform");
    }

    [Fact]
    public async Task A_deep_content_query_is_still_refused_with_the_normal_depth_limit()
    {
        // 14 levels: under the introspection limit, over MaxDepth 12.
        var query = "{ platform(first: 1) { " + string.Concat(Enumerable.Repeat("provider { contentItems { ... on PartnerOrganization { platformByProvider { ", 4))
            + "displayText" + new string('}', 4 * 4) + " } }";

        var (status, body) = await site.Anonymous().GraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, body.Code());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task Content_fields_beside_an_introspection_field_get_the_normal_limits()
    {
        var query = "{ __typename platform(first: 1) { " + string.Concat(Enumerable.Repeat("provider { contentItems { ... on PartnerOrganization { platformByProvider { ", 4))
            + "displayText" + new string('}', 4 * 4) + " } }";

        var (status, body) = await site.Anonymous().GraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, body.Code());
    }

    [Fact]
    public async Task An_introspection_query_deeper_than_the_introspection_limit_is_refused()
    {
        // __schema, then types and each ofType: 22 levels, over IntrospectionMaxDepth 20.
        var query = "{ __schema { types { " + string.Concat(Enumerable.Repeat("ofType { ", 20)) + "name" + new string('}', 20) + " } } }";

        var (status, body) = await site.Anonymous().GraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, body.Code());
        Assert.Null(body["data"]);
    }

    [Fact]
    public async Task A_recursive_introspection_query_within_the_depth_limit_is_refused_by_its_cost()
    {
        // Every type's fields' types' fields...: five nested lists of the whole schema.
        var query = "{ __schema { types { " + string.Concat(Enumerable.Repeat("fields { type { ", 5)) + "name" + new string('}', 10) + " } } }";

        var (status, body) = await site.Anonymous().GraphQLAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ErrorCodes.MaxComplexityExceeded, body.Code());
    }

    [Fact]
    public async Task Introspection_limits_are_configurable()
    {
        await using var node = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), new Dictionary<string, string?> { ["EduHub:GraphQL:IntrospectionMaxDepth"] = "10" });

        var (status, body) = await node.CreateClient().GraphQLAsync(GraphiQLIntrospection);
        var (smallStatus, _) = await node.CreateClient().GraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ErrorCodes.MaxDepthExceeded, body.Code());
        Assert.Equal(HttpStatusCode.OK, smallStatus);
    }

    [Fact]
    public async Task Switching_introspection_off_still_refuses_the_schema_query()
    {
        await using var node = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), new Dictionary<string, string?> { ["EduHub:GraphQL:Introspection"] = "false" });

        var (status, body) = await node.CreateClient().GraphQLAsync(GraphiQLIntrospection);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(ErrorCodes.ValidationError, body.Code());
    }
}
