namespace EduHub.GraphQL.Abstractions;

/// <summary>The <c>extensions.code</c> values a contributed resolver may use (docs/graphql.md lists them all).</summary>
public static class GraphQLErrorCodes
{
    public const string BadQuery = "BAD_QUERY";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Conflict = "CONFLICT";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
}
