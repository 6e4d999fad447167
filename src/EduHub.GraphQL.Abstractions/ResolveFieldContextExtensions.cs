using GraphQL;

namespace EduHub.GraphQL.Abstractions;

public static class ResolveFieldContextExtensions
{
    /// <summary>The request's state (its <c>UserContext</c>).</summary>
    public static IGraphQLRequestState RequestState(this IResolveFieldContext context) => (IGraphQLRequestState)context.UserContext;
}
