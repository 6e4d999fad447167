using EduHub.Core.Security;
using EduHub.Workflows.Engine;
using Microsoft.AspNetCore.Http;

namespace EduHub.Workflows.Endpoints;

/// <summary>RFC 7807 problem details, as the rest of the API.</summary>
internal static class Problems
{
    public static IResult Unauthorized() => TypedResults.Problem("Sign in to do this.", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");

    public static IResult Denied(ContentCaller caller, string? message = null) => caller.IsAuthenticated
        ? TypedResults.Problem(message ?? "You may not do this.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden")
        : Unauthorized();

    public static IResult NotFound(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static IResult BadRequest(string title, string detail) => TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: title);

    public static IResult For(TaskDecision decision, string action) => decision switch
    {
        TaskDecision.NotFound => NotFound("There is no such task."),
        TaskDecision.Forbidden => TypedResults.Problem("This task is not assigned to you or one of your roles.", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden"),
        TaskDecision.AlreadyDecided => Conflict("This task was already decided."),
        TaskDecision.UnknownAction => BadRequest("Unknown action", $"'{action}' is not one of the actions of this task."),
        TaskDecision.CommentRequired => BadRequest("Comment required", $"The action '{action}' needs a comment."),
        _ => Conflict("The task could not be completed."),
    };
}
