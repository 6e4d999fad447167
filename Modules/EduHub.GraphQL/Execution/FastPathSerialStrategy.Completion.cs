using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Execution;

internal sealed partial class FastPathSerialStrategy
{
    /// <summary>
    /// The base class's completion, without awaiting where the result is known: a value is serialized, every result
    /// is checked, an object gets its child nodes, a list of objects its item nodes (each completed the same way, its
    /// errors its own). Anything else (lists of values or of lists, other collections) goes to the base class. Errors
    /// are handled as the base class handles them.
    /// </summary>
    protected override Task CompleteNodeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
    {
        if (node is ArrayExecutionNode list && !(node.Result is IList && ItemType(list) is IComplexGraphType))
        {
            return base.CompleteNodeAsync(context, node);
        }

        try
        {
            if (node is ValueExecutionNode value)
            {
                node.Result = value.GraphType.Serialize(node.Result);
            }

            ValidateNodeResult(context, node);
            return node.Result switch
            {
                null => Task.CompletedTask,
                IList items when node is ArrayExecutionNode array => CompleteItems(context, array, items),
                _ when node is ObjectExecutionNode parent => SetSubFields(context, parent),
                _ => Task.CompletedTask,
            };
        }
        catch (Exception exception) when (!Cancelled(context, exception))
        {
            return FailAsync(context, node, exception);
        }
    }

    private Task SetSubFields(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        SetSubFieldNodes(context, parent);
        return Task.CompletedTask;
    }

    /// <summary>The base class's <c>SetArrayItemNodesAsync</c> for a list of objects, one item at a time without awaiting.</summary>
    private Task CompleteItems(global::GraphQL.Execution.ExecutionContext context, ArrayExecutionNode list, IList results)
    {
        var itemType = ItemType(list);
        var items = new List<ExecutionNode>(results.Count);
        List<Task>? pending = null;
        for (var i = 0; i < results.Count; i++)
        {
            var item = BuildExecutionNode(list, itemType, list.Field, list.FieldDefinition, i);
            item.Result = results[i];
            items.Add(item);
            if (item.Result is IDataLoaderResult)
            {
                continue;
            }

            // An object item: completed synchronously, its errors its own (only a rethrown failure stays pending).
            var completion = CompleteNodeAsync(context, item);
            if (!completion.IsCompletedSuccessfully)
            {
                (pending ??= []).Add(completion);
            }
        }

        list.Items = items;
        return pending is null ? Task.CompletedTask : Task.WhenAll(pending);
    }

    private static IGraphType ItemType(ArrayExecutionNode list)
    {
        var itemType = ((ListGraphType)list.GraphType).ResolvedType!;
        return itemType is NonNullGraphType nonNull ? nonNull.ResolvedType! : itemType;
    }

    /// <summary>
    /// What the base class does with an exception of a node's resolver or completion: a GraphQL error becomes the node's
    /// own (with its path), anything else goes through the unhandled-exception handling, which may rethrow it.
    /// Cancellation of the request is never caught (see <see cref="Cancelled"/>).
    /// </summary>
    private Task FailAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, Exception exception)
    {
        if (exception is ExecutionError error)
        {
            SetNodeError(context, node, error);
            return Task.CompletedTask;
        }

        return HandleAsync(context, node, exception);
    }

    private async Task HandleAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, Exception exception)
    {
        if (await ProcessNodeUnhandledExceptionAsync(context, node, exception))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
        }
    }

    private static bool Cancelled(global::GraphQL.Execution.ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;
}
