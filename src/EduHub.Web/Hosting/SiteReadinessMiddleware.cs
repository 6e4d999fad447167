namespace EduHub.Web.Hosting;

/// <summary>Answers 503 (with Retry-After) until migrations and setup have finished.</summary>
internal sealed class SiteReadinessMiddleware(RequestDelegate next, SiteInitializer initializer)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!initializer.IsReady && !context.Request.Path.StartsWithSegments("/health"))
        {
            context.Response.Headers.RetryAfter = "5";
            await Results.Problem(title: "EduHub is starting", detail: "The site is applying migrations or its setup recipe.", statusCode: 503).ExecuteAsync(context);
            return;
        }

        await next(context);
    }
}
