using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.GraphQL;

/// <summary>Each where-suffix gives exactly the items the same predicate selects when applied by hand to all items.</summary>
public abstract class GraphQLOperatorTests(EduHubSite site)
{
    public static TheoryData<string, string> Cases => new()
    {
        { "displayText: \"Երևանի թիվ 187 հիմնական դպրոց\"", "text=Երևանի թիվ 187 հիմնական դպրոց" },
        { "displayText_not: \"Երևանի թիվ 187 հիմնական դպրոց\"", "text!=Երևանի թիվ 187 հիմնական դպրոց" },
        { "displayText_in: [\"Երևանի թիվ 187 հիմնական դպրոց\", \"Gyumri Secondary School No. 41\"]", "textin" },
        { "displayText_not_in: [\"Երևանի թիվ 187 հիմնական դպրոց\", \"Gyumri Secondary School No. 41\"]", "textnotin" },
        { "displayText_contains: \"թիվ 1\"", "contains=թիվ 1" },
        { "displayText_not_contains: \"թիվ 1\"", "notcontains=թիվ 1" },
        { "displayText_starts_with: \"Երևանի\"", "starts=Երևանի" },
        { "displayText_not_starts_with: \"Երևանի\"", "notstarts=Երևանի" },
        { "displayText_ends_with: \"դպրոց\"", "ends=դպրոց" },
        { "displayText_not_ends_with: \"դպրոց\"", "notends=դպրոց" },
        { "school: { pupils: 620 }", "pupils=620" },
        { "school: { pupils_not: 620 }", "pupils!=620" },
        { "school: { pupils_gt: 400 }", "pupils>400" },
        { "school: { pupils_gte: 400 }", "pupils>=400" },
        { "school: { pupils_lt: 400 }", "pupils<400" },
        { "school: { pupils_lte: 400 }", "pupils<=400" },
        { "school: { pupils_in: [620, 780] }", "pupilsin" },
        { "school: { pupils_not_in: [620, 780] }", "pupilsnotin" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Where_operator_selects_what_the_predicate_says(string where, string predicate)
    {
        var all = (await site.Anonymous().GraphQLAsync("{ school(first: 100) { contentItemId displayText pupils } }")).Body.Data("school").AsArray().Select(n => n!.AsObject()).ToList();
        var expected = all.Where(Matches(predicate)).Select(s => s["contentItemId"]!.GetValue<string>()).Order().ToList();

        var (status, body) = await site.Anonymous().GraphQLAsync($"{{ school(first: 100, where: {{ {where} }}) {{ contentItemId }} }}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected, body.Data("school").AsArray().Select(n => n!["contentItemId"]!.GetValue<string>()).Order().ToList());
    }

    [Fact]
    public async Task Introspection_can_be_switched_off()
    {
        await using var node = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), new Dictionary<string, string?> { ["EduHub:GraphQL:Introspection"] = "false" });

        var (status, body) = await node.CreateClient().GraphQLAsync("{ __schema { types { name } } }");
        var (_, normal) = await site.Anonymous().GraphQLAsync("{ __schema { queryType { name } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("VALIDATION_ERROR", body.Code());
        Assert.Equal("Query", normal.Data("__schema")["queryType"]!["name"]!.GetValue<string>());
    }

    private static Func<JsonObject, bool> Matches(string predicate)
    {
        string Text(JsonObject s) => s["displayText"]!.GetValue<string>();
        decimal? Pupils(JsonObject s) => s["pupils"]?.GetValue<decimal>();
        string[] names = ["Երևանի թիվ 187 հիմնական դպրոց", "Gyumri Secondary School No. 41"];
        return predicate switch
        {
            "textin" => s => names.Contains(Text(s)),
            "textnotin" => s => !names.Contains(Text(s)),
            "pupilsin" => s => Pupils(s) is 620 or 780,
            "pupilsnotin" => s => Pupils(s) is not (620 or 780),
            _ when predicate.StartsWith("text!=", StringComparison.Ordinal) => s => Text(s) != predicate[6..],
            _ when predicate.StartsWith("text=", StringComparison.Ordinal) => s => Text(s) == predicate[5..],
            _ when predicate.StartsWith("notcontains=", StringComparison.Ordinal) => s => !Text(s).Contains(predicate[12..], StringComparison.Ordinal),
            _ when predicate.StartsWith("contains=", StringComparison.Ordinal) => s => Text(s).Contains(predicate[9..], StringComparison.Ordinal),
            _ when predicate.StartsWith("notstarts=", StringComparison.Ordinal) => s => !Text(s).StartsWith(predicate[10..], StringComparison.Ordinal),
            _ when predicate.StartsWith("starts=", StringComparison.Ordinal) => s => Text(s).StartsWith(predicate[7..], StringComparison.Ordinal),
            _ when predicate.StartsWith("notends=", StringComparison.Ordinal) => s => !Text(s).EndsWith(predicate[8..], StringComparison.Ordinal),
            _ when predicate.StartsWith("ends=", StringComparison.Ordinal) => s => Text(s).EndsWith(predicate[5..], StringComparison.Ordinal),
            "pupils=620" => s => Pupils(s) == 620,
            "pupils!=620" => s => Pupils(s) != 620,
            "pupils>400" => s => Pupils(s) > 400,
            "pupils>=400" => s => Pupils(s) >= 400,
            "pupils<400" => s => Pupils(s) < 400,
            _ => s => Pupils(s) <= 400,
        };
    }
}

public sealed class GraphQLOperatorSqliteTests(SqliteSite site) : GraphQLOperatorTests(site), IClassFixture<SqliteSite>;

public sealed class GraphQLOperatorPostgresTests(PostgresSite site) : GraphQLOperatorTests(site), IClassFixture<PostgresSite>;
