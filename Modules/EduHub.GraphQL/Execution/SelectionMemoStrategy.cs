using GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Execution;

/// <summary>
/// GraphQL.NET's serial strategy, except that the fields of a selection set are collected once per request and
/// object type instead of once per object: a page of 20 platforms selected the same four fields 20 times, each
/// time looking every one of them up by name among the type's ~40 fields. The result depends only on the selection,
/// the type and the request's variables (through <c>@skip</c>/<c>@include</c>), so within one request it is the same.
/// </summary>
internal sealed class SelectionMemoStrategy : SerialExecutionStrategy
{
    public static new SelectionMemoStrategy Instance { get; } = new();

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
}
