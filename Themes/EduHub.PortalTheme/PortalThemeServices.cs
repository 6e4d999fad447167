using System.Globalization;
using System.IO.Compression;
using EduHub.PortalTheme.Caching;
using EduHub.PortalTheme.Platforms;
using EduHub.PortalTheme.Routing;
using EduHub.PortalTheme.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace EduHub.PortalTheme;

/// <summary>
/// Registers the public portal: pages under <c>/{culture}/...</c> (Razor Pages from this theme; the host adds the
/// assembly to the Razor Pages parts), the culture taken from the URL, friendly error pages, cache headers.
/// </summary>
public static class PortalThemeServices
{
    private static readonly CultureInfo[] Cultures = [.. PortalCultures.All.Select(c => new CultureInfo(c))];

    public static IServiceCollection AddEduHubPortal(this IServiceCollection services)
    {
        services.Configure<RouteOptions>(o => o.ConstraintMap[PortalCultureRouteConstraint.Name] = typeof(PortalCultureRouteConstraint));
        services.Configure<RazorPagesOptions>(o => o.Conventions.AddFolderApplicationModelConvention("/Portal",
            model => model.Filters.Add(new ServiceFilterAttribute(typeof(PortalCacheFilter)))));
        services.AddScoped<PortalCacheFilter>();
        services.AddScoped<PortalContent>();
        services.AddScoped<PortalTranslations>();
        services.AddScoped<PortalTerms>();
        services.AddScoped<PlatformDirectory>();
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, PortalCompressionProvider>();
        return services;
    }

    /// <summary>
    /// Portal paths get their headers, culture and error pages. Call before <c>UseRouting</c>: error pages are
    /// re-executed requests, which must be routed again.
    /// </summary>
    public static WebApplication UseEduHubPortal(this WebApplication app)
    {
        app.UseWhen(c => PortalCultures.IsPortalPath(c.Request.Path), compressed => compressed.UseResponseCompression());
        app.UseWhen(c => PortalCultures.IsPortalPath(c.Request.Path), portal =>
        {
            portal.UseMiddleware<PortalSecurityHeadersMiddleware>();
            portal.UseRequestLocalization(new RequestLocalizationOptions
            {
                DefaultRequestCulture = new RequestCulture(PortalCultures.Default),
                SupportedCultures = Cultures,
                SupportedUICultures = Cultures,
                RequestCultureProviders = [new PortalRequestCultureProvider()],
            });
            portal.UseExceptionHandler("/error/500");
            portal.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        return app;
    }

    public static IEndpointRouteBuilder MapEduHubPortal(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPortalAssets();
        endpoints.MapGet("/", RedirectToCulture).WithName("PortalRoot").WithSummary("Sends visitors to the portal in their browser's language (Armenian by default).").ExcludeFromDescription();
        return endpoints;
    }

    private static IResult RedirectToCulture(HttpContext context)
    {
        var preferred = context.Request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => l.Value.Value?.Split('-')[0])
            .FirstOrDefault(PortalCultures.IsSupported) ?? PortalCultures.Default;
        context.Response.Headers.Vary = HeaderNames.AcceptLanguage;
        return Results.Redirect($"/{preferred}/");
    }
}
