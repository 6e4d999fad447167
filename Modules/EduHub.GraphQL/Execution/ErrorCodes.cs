namespace EduHub.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values EduHub returns (docs/graphql.md lists them for app developers).</summary>
internal static class ErrorCodes
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";
    public const string ValidationError = "VALIDATION_ERROR";
    public const string Unauthorized = "UNAUTHORIZED";
    public const string Forbidden = "FORBIDDEN";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string PageSizeExceeded = "PAGE_SIZE_EXCEEDED";
    public const string QueryTooLong = "QUERY_TOO_LONG";
    public const string Timeout = "TIMEOUT";
    public const string BadQuery = "BAD_QUERY";
    public const string BadRequest = "BAD_REQUEST";
    public const string ContentInvalid = "CONTENT_VALIDATION_FAILED";
    public const string Conflict = "CONFLICT";
    public const string NotFound = "NOT_FOUND";
    public const string Canceled = "CANCELED";
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string InternalError = "INTERNAL_SERVER_ERROR";
}
