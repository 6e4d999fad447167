using System.Text;
using System.Text.Encodings.Web;
using EduHub.GraphQL.Execution;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;

namespace EduHub.UnitTests.Modules.GraphQL;

public sealed class ExecutionResultWriterTests
{
    [Fact]
    public async Task Responses_are_byte_for_byte_what_GraphQL_NET_writes()
    {
        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = ScalarSchema.Create();
            o.Query = """
                {
                  text flag count big price ratio when day id nothing words numbers
                  renamed: text
                  child { text numbers missing { text } children { count flag } }
                  broken
                }
                """;
        });
        result.Extensions = new Dictionary<string, object?> { ["note"] = new { hidden = new[] { "Mentor.email" }, count = 2 } };
        var stock = new GraphQLSerializer(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, new FieldErrorInfoProvider());

        var expected = stock.Serialize(result);
        var written = Encoding.UTF8.GetString(new ResponseSerializer().ToUtf8Bytes(result));

        Assert.Equal(expected, written);
        // The comparison covered what it should: real UTF-8 text, an error with its code, extensions, every scalar.
        Assert.Contains("«Գիտելիք»", written, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"BROKEN\"", written, StringComparison.Ordinal);
        Assert.Contains("\"extensions\":{\"note\"", written, StringComparison.Ordinal);
        Assert.Contains("\"price\":12.50,", written, StringComparison.Ordinal);
        Assert.Contains("\"big\":9007199254740993,", written, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_response_without_data_keeps_only_its_errors()
    {
        var result = await new DocumentExecuter().ExecuteAsync(o =>
        {
            o.Schema = ScalarSchema.Create();
            o.Query = "{ unknownField }";
        });

        var written = Encoding.UTF8.GetString(new ResponseSerializer().ToUtf8Bytes(result));

        Assert.StartsWith("{\"errors\":[{\"message\":", written, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", written, StringComparison.Ordinal);
    }
}

/// <summary>A schema with every scalar the content schema uses, nesting, lists and a failing field.</summary>
internal static class ScalarSchema
{
    public static global::GraphQL.Types.Schema Create()
    {
        var child = new ObjectGraphType { Name = "Child" };
        AddScalars(child);
        child.Field("missing", child).Resolve(_ => null);
        child.Field("children", new ListGraphType(child)).Resolve(_ => new object?[] { 1, null, 2 });

        var query = new ObjectGraphType { Name = "Query" };
        AddScalars(query);
        query.Field("child", child).Resolve(_ => new object());
        query.Field<StringGraphType>("broken").Resolve(_ => throw new ExecutionError("This field is broken.") { Code = "BROKEN" });
        return new global::GraphQL.Types.Schema { Query = query };
    }

    private static void AddScalars(ObjectGraphType type)
    {
        type.Field<StringGraphType>("text").Resolve(_ => "«Գիտելիք» \"quoted\" \\ line\nbreak\tПодготовка 😀 <b>&amp;</b> \u0001");
        type.Field<BooleanGraphType>("flag").Resolve(_ => true);
        type.Field<IntGraphType>("count").Resolve(_ => 42);
        type.Field<LongGraphType>("big").Resolve(_ => 9007199254740993L);
        type.Field<DecimalGraphType>("price").Resolve(_ => 12.50m);
        type.Field<FloatGraphType>("ratio").Resolve(_ => 0.1);
        type.Field<DateTimeGraphType>("when").Resolve(_ => new DateTime(2026, 11, 30, 1, 2, 3, DateTimeKind.Utc).AddTicks(1234567));
        type.Field<DateGraphType>("day").Resolve(_ => new DateOnly(2018, 12, 17));
        type.Field<IdGraphType>("id").Resolve(_ => "rn7dmq04k89fqwb661ssmpb5d4");
        type.Field<StringGraphType>("nothing").Resolve(_ => null);
        type.Field<ListGraphType<StringGraphType>>("words").Resolve(_ => new[] { "ա", null, "б" });
        type.Field<ListGraphType<IntGraphType>>("numbers").Resolve(_ => new List<int> { 1, 2, 3 });
    }
}
