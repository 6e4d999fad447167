using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Abstractions;
using EduHub.Workflows.Data;
using EduHub.Workflows.Endpoints;
using EduHub.Workflows.Engine;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Workflows.GraphQL;

/// <summary>
/// <c>myTasks</c>, <c>reviewHistory(contentItemId)</c> and the <c>completeTask</c> mutation: the same rules and answers
/// as the REST API. Task answers depend on who asks: never cached.
/// </summary>
internal sealed class WorkflowSchemaContributor : IGraphQLSchemaContributor
{
    public void Contribute(GraphQLSchemaContext context)
    {
        var task = context.GetOrAdd("WorkflowTask", WorkflowGraphTypes.Task);
        var history = context.GetOrAdd("ReviewHistory", () => WorkflowGraphTypes.History(context.GetOrAdd("ReviewStep", WorkflowGraphTypes.Step)));

        context.Query.AddField(new FieldType
        {
            Name = "myTasks",
            Description = "The caller's open workflow tasks (by role or assignment), soonest due first.",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(task))),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                var state = Private(ctx);
                return (await WorkflowTaskStore.OpenForAsync(ctx.RequestServices!.GetRequiredService<Database>(), state.Caller, ctx.CancellationToken)).Select(TaskView.From).ToList();
            }),
        });

        context.Query.AddField(new FieldType
        {
            Name = "reviewHistory",
            Description = "Every review step of an item, for those who may see its drafts (a partner: their own listings).",
            ResolvedType = history,
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "contentItemId" }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                var state = ctx.RequestState();
                state.Cacheable = false;
                var id = ctx.GetArgument<string>("contentItemId");
                if (!await ReviewAccess.MaySeeAsync(ctx.RequestServices!.GetRequiredService<ContentManager>(), ctx.RequestServices!.GetRequiredService<ContentDefinitionManager>(), state.Caller, id, ctx.CancellationToken))
                {
                    return null;
                }

                var steps = await ReviewHistoryStore.ListAsync(ctx.RequestServices!.GetRequiredService<Database>(), id, ctx.CancellationToken);
                return new ReviewHistoryView(id, steps.LastOrDefault()?.ToState ?? ReviewHistoryStore.InitialState, steps);
            }),
        });

        context.Mutation.AddField(new FieldType
        {
            Name = "completeTask",
            Description = "Takes a decision on a task. Errors: CONFLICT (already decided), FORBIDDEN (not your task), BAD_QUERY (unknown action, missing comment), NOT_FOUND.",
            ResolvedType = task,
            Arguments = new QueryArguments(
                new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "id" },
                new QueryArgument<NonNullGraphType<StringGraphType>> { Name = "action" },
                new QueryArgument<StringGraphType> { Name = "comment" }),
            Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                var state = Private(ctx);
                var id = ctx.GetArgument<string>("id");
                var action = ctx.GetArgument<string>("action");
                var decision = await ctx.RequestServices!.GetRequiredService<WorkflowManager>().CompleteTaskAsync(id, action, ctx.GetArgument<string?>("comment"), state.Caller, ctx.CancellationToken);
                if (decision == TaskDecision.Completed)
                {
                    return TaskView.From((await WorkflowTaskStore.GetAsync(ctx.RequestServices!.GetRequiredService<Database>(), id, ctx.CancellationToken))!);
                }

                state.Denied |= decision == TaskDecision.Forbidden;
                state.BadRequest |= decision is TaskDecision.UnknownAction or TaskDecision.CommentRequired;
                var (code, message) = decision switch
                {
                    TaskDecision.NotFound => (GraphQLErrorCodes.NotFound, "There is no such task."),
                    TaskDecision.Forbidden => (GraphQLErrorCodes.Forbidden, "This task is not assigned to you or one of your roles."),
                    TaskDecision.AlreadyDecided => (GraphQLErrorCodes.Conflict, "This task was already decided."),
                    TaskDecision.CommentRequired => (GraphQLErrorCodes.BadQuery, $"The action '{action}' needs a comment."),
                    _ => (GraphQLErrorCodes.BadQuery, $"'{action}' is not one of the actions of this task."),
                };
                throw new ExecutionError(message) { Code = code };
            }),
        });
    }

    private static IGraphQLRequestState Private(IResolveFieldContext ctx)
    {
        var state = ctx.RequestState();
        state.Cacheable = false;
        if (!state.Caller.IsAuthenticated)
        {
            state.Denied = true;
            throw new ExecutionError("Sign in to see and decide tasks.") { Code = GraphQLErrorCodes.Unauthorized };
        }

        return state;
    }
}
