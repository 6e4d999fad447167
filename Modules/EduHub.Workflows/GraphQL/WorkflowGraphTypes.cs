using EduHub.Workflows.Data;
using EduHub.Workflows.Endpoints;
using GraphQL.Types;

namespace EduHub.Workflows.GraphQL;

/// <summary>Object types of the workflow fields.</summary>
internal static class WorkflowGraphTypes
{
    public static ObjectGraphType Task()
    {
        var type = new ObjectGraphType { Name = "WorkflowTask", Description = "A decision waiting in someone's inbox." };
        type.Field<NonNullGraphType<StringGraphType>>("id").Resolve(c => ((TaskView)c.Source!).Id);
        type.Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => ((TaskView)c.Source!).Title);
        type.Field<StringGraphType>("contentItemId").Resolve(c => ((TaskView)c.Source!).ContentItemId);
        type.Field<StringGraphType>("contentType").Resolve(c => ((TaskView)c.Source!).ContentType);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("actions").Resolve(c => ((TaskView)c.Source!).Actions);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => ((TaskView)c.Source!).Roles);
        type.Field<StringGraphType>("assignedUser").Resolve(c => ((TaskView)c.Source!).AssignedUser);
        type.Field<DateTimeGraphType>("dueUtc").Resolve(c => ((TaskView)c.Source!).DueUtc);
        type.Field<NonNullGraphType<DateTimeGraphType>>("createdUtc").Resolve(c => ((TaskView)c.Source!).CreatedUtc);
        type.Field<NonNullGraphType<StringGraphType>>("status").Resolve(c => ((TaskView)c.Source!).Status);
        type.Field<StringGraphType>("completedBy").Resolve(c => ((TaskView)c.Source!).CompletedBy);
        type.Field<StringGraphType>("completedAction").Resolve(c => ((TaskView)c.Source!).CompletedAction);
        type.Field<StringGraphType>("comment").Resolve(c => ((TaskView)c.Source!).Comment);
        return type;
    }

    public static ObjectGraphType Step()
    {
        var type = new ObjectGraphType { Name = "ReviewStep", Description = "One step of an item's review: who, when, what, and the state before and after." };
        type.Field<NonNullGraphType<DateTimeGraphType>>("utc").Resolve(c => ((ReviewStep)c.Source!).Utc);
        type.Field<StringGraphType>("userName").Resolve(c => ((ReviewStep)c.Source!).UserName);
        type.Field<NonNullGraphType<StringGraphType>>("action").Resolve(c => ((ReviewStep)c.Source!).Action);
        type.Field<StringGraphType>("comment").Resolve(c => ((ReviewStep)c.Source!).Comment);
        type.Field<StringGraphType>("fromState").Resolve(c => ((ReviewStep)c.Source!).FromState);
        type.Field<StringGraphType>("toState").Resolve(c => ((ReviewStep)c.Source!).ToState);
        return type;
    }

    public static ObjectGraphType History(IGraphType step)
    {
        var type = new ObjectGraphType { Name = "ReviewHistory", Description = "The review of an item: its current state and every step." };
        type.Field<NonNullGraphType<StringGraphType>>("contentItemId").Resolve(c => ((ReviewHistoryView)c.Source!).ContentItemId);
        type.Field<NonNullGraphType<StringGraphType>>("state").Resolve(c => ((ReviewHistoryView)c.Source!).State);
        type.AddField(new FieldType
        {
            Name = "steps",
            ResolvedType = new NonNullGraphType(new ListGraphType(new NonNullGraphType(step))),
            Resolver = new global::GraphQL.Resolvers.FuncFieldResolver<object?>(c => ((ReviewHistoryView)c.Source!).Steps),
        });
        return type;
    }
}
