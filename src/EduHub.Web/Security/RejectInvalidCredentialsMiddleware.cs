namespace EduHub.Web.Security;

/// <summary>
/// A request that carries credentials which do not authenticate gets 401: silently treating it as
/// anonymous would hide a typo or an expired password behind public data (and anonymous caches).
/// </summary>
internal sealed class RejectInvalidCredentialsMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"EduHub\", charset=\"UTF-8\"";
            await Results.Problem("The credentials sent are not valid (wrong user name or password, locked or disabled account).",
                statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized").ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
