using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;

namespace EduHub.PortalTheme.Routing;

/// <summary>The culture of a portal request is the one in its URL: links and caches stay unambiguous.</summary>
internal sealed class PortalRequestCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        Task.FromResult(PortalCultures.FromPath(httpContext.Request.Path) is { } culture ? new ProviderCultureResult(culture) : null);
}
