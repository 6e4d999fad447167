using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Execution;

internal sealed partial class FastPathSerialStrategy
{
    /// <summary>
    /// What the base class's <c>CompleteNodeAsync</c> does for a node whose result is known, without awaiting: a value
    /// is serialized, every result is checked, an object gets its child nodes, a list of objects its item nodes (each
    /// completed the same way, its errors its own). Anything else (lists of values or lists, other collections) goes
    /// to the base class. Exceptions are the caller's to handle, as they are in the base class.
    /// </summary>
    private Task Complete(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
    {
        switch (node)
        {
            case ValueExecutionNode value:
                node.Result = value.GraphType.Serialize(node.Result);
                ValidateNodeResult(context, node);
                return Task.CompletedTask;
            case ObjectExecutionNode parent:
                ValidateNodeResult(context, node);
                if (node.Result is not null)
                {
                    SetSubFieldNodes(context, parent);
                }

                return Task.CompletedTask;
            case ArrayExecutionNode list when node.Result is IList && ItemType(list) is IComplexGraphType:
                ValidateNodeResult(context, node);
                return node.Result is IList items ? CompleteItems(context, list, items) : Task.CompletedTask;
            default:
                return CompleteNodeAsync(context, node);
        }
    }

    /// <summary>The base class's <c>SetArrayItemNodesAsync</c> for a list of objects, one item at a time without awaiting.</summary>
    private Task CompleteItems(global::GraphQL.Execution.ExecutionContext context, ArrayExecutionNode list, IList results)
    {
        var itemType = ItemType(list);
        var items = new List<ExecutionNode>(results.Count);
        List<Task>? failures = null;
        for (var i = 0; i < results.Count; i++)
        {
            var item = BuildExecutionNode(list, itemType, list.Field, list.FieldDefinition, i);
            item.Result = results[i];
            items.Add(item);
            if (item.Result is IDataLoaderResult)
            {
                continue;
            }

            try
            {
                ValidateNodeResult(context, item);
                if (item.Result is not null && item is ObjectExecutionNode parent)
                {
                    SetSubFieldNodes(context, parent);
                }
            }
            catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (ExecutionError error)
            {
                SetNodeError(context, item, error);
            }
            catch (Exception exception)
            {
                (failures ??= []).Add(HandleAsync(context, item, exception));
            }
        }

        list.Items = items;
        return failures is null ? Task.CompletedTask : Task.WhenAll(failures);
    }

    private static IGraphType ItemType(ArrayExecutionNode list)
    {
        var itemType = ((ListGraphType)list.GraphType).ResolvedType!;
        return itemType is NonNullGraphType nonNull ? nonNull.ResolvedType! : itemType;
    }

    private async Task HandleAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, Exception exception)
    {
        if (await ProcessNodeUnhandledExceptionAsync(context, node, exception))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
        }
    }
}
