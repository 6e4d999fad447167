using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serial strategy with two shortcuts that change no result:
/// <list type="bullet">
/// <item>The fields of a selection set are collected once per request and object type instead of once per object: a
/// page of 20 platforms selected the same four fields 20 times, each time looking every one of them up by name among
/// the type's ~40 fields. The result depends only on the selection, the type and the request's variables (through
/// <c>@skip</c>/<c>@include</c>), so within one request it is the same.</item>
/// <item>Fields with a <see cref="DirectFieldResolver"/> are resolved and completed in one synchronous step: the same
/// resolver, scalar serialization, result checks, child nodes and error handling as the base class's
/// <c>ExecuteNodeAsync</c> and <c>CompleteNodeAsync</c>, without their resolve context and state machines.</item>
/// </list>
/// </summary>
internal sealed class SelectionMemoStrategy : SerialExecutionStrategy
{
    public static new SelectionMemoStrategy Instance { get; } = new();

    protected override Task ExecuteNodeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
    {
        // Items of a list are completed by their list, as in the base class.
        if (node.FieldDefinition?.Resolver is not DirectFieldResolver direct || node.Parent is ArrayExecutionNode || node is RootExecutionNode)
        {
            return base.ExecuteNodeAsync(context, node);
        }

        context.CancellationToken.ThrowIfCancellationRequested();
        try
        {
            node.Result = direct.Resolve(node.Source, context.UserContext, node.Field);
            if (node.Result is IDataLoaderResult)
            {
                // Completed later by the tree's data-loader pass, as the base class does.
                return Task.CompletedTask;
            }

            if (node is ArrayExecutionNode)
            {
                // A list's items are completed asynchronously; the base class's completion handles its own errors.
                return CompleteNodeAsync(context, node);
            }

            if (node is ValueExecutionNode value)
            {
                node.Result = value.GraphType.Serialize(node.Result);
            }

            ValidateNodeResult(context, node);
            if (node.Result is not null && node is ObjectExecutionNode parent)
            {
                SetSubFieldNodes(context, parent);
            }

            return Task.CompletedTask;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (ExecutionError error)
        {
            SetNodeError(context, node, error);
            return Task.CompletedTask;
        }
        catch (Exception exception)
        {
            return HandleAsync(context, node, exception);
        }
    }

    protected override void SetSubFieldNodes(global::GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        if (context.UserContext is not GraphQLUserContext user || parent.SelectionSet is not { } selectionSet)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }

        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (!user.CollectedFields.TryGetValue((selectionSet, type), out var fields))
        {
            // Collected into a dictionary of its own: the base class reuses one across calls.
            fields = [.. CollectFieldsFrom(context, type, selectionSet, null).Values];
            user.CollectedFields[(selectionSet, type)] = fields;
        }

        var nodes = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, fieldType) = fields[i];
            nodes[i] = BuildExecutionNode(parent, fieldType.ResolvedType!, field, fieldType);
        }

        parent.SubFields = nodes;
    }

    private async Task HandleAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, Exception exception)
    {
        if (await ProcessNodeUnhandledExceptionAsync(context, node, exception))
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(exception);
        }
    }
}
