using EduHub.GraphQL.Execution;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace EduHub.UnitTests.Modules.GraphQL;

/// <summary>
/// Fields with a <see cref="DirectFieldResolver"/> are resolved by <see cref="FastPathSerialStrategy"/> without
/// GraphQL.NET's resolve context; the answer, its errors (paths, locations, codes) and null propagation must be exactly
/// what GraphQL.NET's serial strategy gives for the same resolvers.
/// </summary>
public sealed class DirectResolutionTests
{
    [Theory]
    [InlineData("{ item { name tags size child { name } } }")]
    [InlineData("{ items { name tags child { name size } } }")]
    [InlineData("{ item { name broken } items { name failing } }")]
    [InlineData("{ items { name required } }")]
    [InlineData("{ item { renamed: name child { child { name } } other: child { name } } }")]
    [InlineData("query($on: Boolean!) { item { name @include(if: $on) tags @skip(if: $on) } }")]
    [InlineData("{ item { friends { name size friends { name } } } }")]
    [InlineData("{ item { strictFriends { name } } items { strictFriends { name } } }")]
    [InlineData("{ items { loaded { name } loadedLater { name child { name } } loadedFriends { name failing } } }")]
    [InlineData("{ items { loadFails { name } loadBreaks { name } } item { loadedFriends { broken } } }")]
    public async Task Answers_are_those_of_GraphQL_NETs_own_strategy(string query)
    {
        var schema = DirectSchema.Create();
        var direct = await ExecuteAsync(schema, query, FastPathSerialStrategy.Instance);
        var stock = await ExecuteAsync(schema, query, SerialExecutionStrategy.Instance);

        Assert.Equal(stock, direct);
    }

    [Fact]
    public async Task Errors_of_direct_fields_carry_their_path_and_code()
    {
        var answer = await ExecuteAsync(DirectSchema.Create(), "{ items { name failing } }", FastPathSerialStrategy.Instance);

        Assert.Contains("\"path\":[\"items\",1,\"failing\"]", answer, StringComparison.Ordinal);
        Assert.Contains("\"code\":\"FAILING\"", answer, StringComparison.Ordinal);
        Assert.Contains("\"path\":[\"items\",0,\"required\"]", await ExecuteAsync(DirectSchema.Create(), "{ items { required } }", FastPathSerialStrategy.Instance), StringComparison.Ordinal);
    }

    private static async Task<string> ExecuteAsync(ISchema schema, string query, IExecutionStrategy strategy)
    {
        var executer = new DocumentExecuter(
            new GraphQLDocumentBuilder(),
            new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]),
            []);
        var result = await executer.ExecuteAsync(o =>
        {
            o.Schema = schema;
            o.Query = query;
            o.Variables = new Inputs(new Dictionary<string, object?> { ["on"] = true });
        });
        return new ResponseSerializer().Serialize(result);
    }
}

/// <summary>Items of a small tree, every field resolved by a <see cref="DirectFieldResolver"/> except the roots.</summary>
internal static class DirectSchema
{
    public sealed record Item(string Name, int Size, Item? Child);

    public static global::GraphQL.Types.Schema Create()
    {
        var item = new ObjectGraphType { Name = "Item" };
        item.AddField(Direct("name", typeof(StringGraphType), (source, _, _) => ((Item)source!).Name));
        item.AddField(Direct("size", typeof(IntGraphType), (source, _, _) => ((Item)source!).Size));
        item.AddField(Direct("tags", typeof(ListGraphType<StringGraphType>), (source, _, _) => new[] { ((Item)source!).Name, "ա" }));
        item.AddField(new FieldType { Name = "child", ResolvedType = item, Resolver = new DirectFieldResolver((source, _, _) => ((Item)source!).Child) });
        item.AddField(Direct("broken", typeof(StringGraphType), (_, _, _) => throw new InvalidOperationException("not for callers")));
        item.AddField(Direct("failing", typeof(StringGraphType), (source, _, _) => ((Item)source!).Size == 2 ? throw new ExecutionError("Size two fails.") { Code = "FAILING" } : "fine"));
        item.AddField(Direct("required", typeof(NonNullGraphType<StringGraphType>), (source, _, _) => ((Item)source!).Size == 1 ? null : "present"));
        item.AddField(new FieldType { Name = "friends", ResolvedType = new ListGraphType(item), Resolver = new DirectFieldResolver((source, _, _) => Friends((Item)source!)) });
        item.AddField(new FieldType { Name = "strictFriends", ResolvedType = new ListGraphType(new NonNullGraphType(item)), Resolver = new DirectFieldResolver((source, _, _) => Friends((Item)source!)) });
        item.AddField(new FieldType { Name = "loaded", ResolvedType = item, Resolver = new DirectFieldResolver((source, _, _) => new Batched(() => Task.FromResult<object?>(((Item)source!).Child ?? new Item("made", 9, null)))) });
        item.AddField(new FieldType { Name = "loadedLater", ResolvedType = item, Resolver = new DirectFieldResolver((source, _, _) => new Batched(async () => { await Task.Yield(); return new Item("later", 7, (Item)source!); })) });
        item.AddField(new FieldType { Name = "loadedFriends", ResolvedType = new ListGraphType(new NonNullGraphType(item)), Resolver = new DirectFieldResolver((source, _, _) => new Batched(() => Task.FromResult<object?>(Friends((Item)source!)))) });
        item.AddField(new FieldType { Name = "loadFails", ResolvedType = item, Resolver = new DirectFieldResolver((_, _, _) => new Batched(() => throw new ExecutionError("The batch failed.") { Code = "BATCH" })) });
        item.AddField(new FieldType { Name = "loadBreaks", ResolvedType = item, Resolver = new DirectFieldResolver((_, _, _) => new Batched(() => Task.FromException<object?>(new InvalidOperationException("not for callers")))) });

        var query = new ObjectGraphType { Name = "Query" };
        query.AddField(new FieldType { Name = "item", ResolvedType = item, Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(_ => new Item("one", 1, new Item("inner", 5, null))) });
        query.AddField(new FieldType { Name = "items", ResolvedType = new ListGraphType(item), Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(_ => new[] { new Item("one", 1, null), new Item("two", 2, new Item("x", 3, null)) }) });
        return new global::GraphQL.Types.Schema { Query = query };
    }

    // A null among them: a [Item!] list fails on that item only, a [Item] list keeps it.
    private static List<Item?> Friends(Item item) => [new Item($"{item.Name}-a", 2, null), null, new Item($"{item.Name}-b", 1, item.Child)];

    private static FieldType Direct(string name, Type type, DirectResolve resolve) =>
        new() { Name = name, Type = type, Resolver = new DirectFieldResolver(resolve) };
}

/// <summary>A batched result, loaded already or later, or failing.</summary>
internal sealed class Batched(Func<Task<object?>> load) : global::GraphQL.DataLoader.IDataLoaderResult
{
    public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => load();
}
