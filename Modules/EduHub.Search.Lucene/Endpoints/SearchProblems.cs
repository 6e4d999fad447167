using Microsoft.AspNetCore.Http;

namespace EduHub.Search.Lucene.Endpoints;

internal static class SearchProblems
{
    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static IResult Denied(HttpContext http, string message) => http.User.Identity?.IsAuthenticated == true
        ? TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden")
        : TypedResults.Problem(message, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    /// <summary>An optional integer query parameter; a non-number is a clear 400, not the framework's bare one.</summary>
    public static int ParseInt(string? value, string name, int fallback) =>
        value is null ? fallback
        : int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
        : throw new Querying.SearchSyntaxException("Invalid parameter", $"{name} must be a whole number.");

    public static IReadOnlyList<string> List(string? value) =>
        string.IsNullOrWhiteSpace(value) ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
