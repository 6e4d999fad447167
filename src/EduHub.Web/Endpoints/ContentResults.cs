using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Web.Endpoints;

/// <summary>Maps content operation results to HTTP: the item, or an RFC 7807 problem.</summary>
internal static class ContentResults
{
    public static IResult From(ContentResult result, HttpContext http, int successStatus = StatusCodes.Status200OK) => result.Status switch
    {
        ContentResultStatus.Ok => Json(ContentItemJson.ToJson(result.Item!), successStatus),
        ContentResultStatus.Invalid => TypedResults.ValidationProblem(
            result.ErrorList.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
            title: result.Message ?? "The content item is not valid.",
            extensions: new Dictionary<string, object?> { ["codes"] = result.ErrorList.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Code).ToArray()) }),
        ContentResultStatus.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound, title: "Not found"),
        ContentResultStatus.Conflict => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Conflict"),
        ContentResultStatus.Canceled => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Canceled by a content rule"),
        _ => Denied(http, result.Message),
    };

    public static IResult Denied(HttpContext http, string? message) => http.User.Identity?.IsAuthenticated == true
        ? TypedResults.Problem(message, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden")
        : TypedResults.Problem(message ?? "Sign in to do this.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static IResult Json(JsonNode json, int status = StatusCodes.Status200OK) =>
        Results.Text(json.ToJsonString(JsonOutput.Options), "application/json; charset=utf-8", statusCode: status);

    public static IResult BadRequest(string title, string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);
}
