using System.Globalization;
using System.Reflection;
using EduHub.Admin;
using EduHub.AdminTheme.Assets;
using EduHub.AdminTheme.Navigation;
using EduHub.AdminTheme.Security;
using EduHub.ContentEditing;
using EduHub.ContentEditing.Assets;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.AdminTheme;

/// <summary>Registers the admin (Razor Pages from this theme and from the loaded modules) and maps it under <c>/admin</c>.</summary>
public static class AdminThemeServices
{
    public static readonly CultureInfo[] Cultures = [new("hy"), new("en"), new("ru")];

    public const string CultureCookie = ".EduHub.AdminCulture";

    /// <param name="moduleAssemblies">The loaded modules: their admin pages join the theme's; others' are dropped.</param>
    public static IServiceCollection AddEduHubAdmin(this IServiceCollection services, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        // Each assembly keeps its translations in Resources/{Marker}.{hy,ru}.resx; English is the key itself.
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", AdminPolicies.AccessAdmin);
                options.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.ServiceFilterAttribute(typeof(FeaturePageFilter)));
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (type, factory) =>
                factory.Create(type.Assembly == typeof(AdminText).Assembly ? typeof(AdminText) : type))
            .ConfigureApplicationPartManager(parts => KeepLoadedModules(parts, moduleAssemblies));
        services.AddSingleton<Microsoft.AspNetCore.Mvc.ViewFeatures.IHtmlGenerator, Rendering.AdminHtmlGenerator>();
        services.AddScoped<FeaturePageFilter>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddScoped<AdminMenu>();
        services.AddScoped<EduHub.Core.Messaging.IOutboxHandler, Accounts.PasswordResetMail>();
        services.AddSingleton<IContentErrorLocalizer, Editors.ContentErrorLocalizer>();
        return services;
    }

    public static WebApplication UseEduHubAdmin(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/admin"), admin =>
        {
            admin.UseMiddleware<AdminSecurityHeadersMiddleware>();
            admin.UseRequestLocalization(new RequestLocalizationOptions
            {
                DefaultRequestCulture = new RequestCulture("hy"),
                SupportedCultures = Cultures,
                SupportedUICultures = Cultures,
                RequestCultureProviders = [new CookieRequestCultureProvider { CookieName = CultureCookie }, new AcceptLanguageHeaderRequestCultureProvider()],
            });
        });
        return app;
    }

    public static IEndpointRouteBuilder MapEduHubAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAdminAssets();
        endpoints.MapContentEditingAssets();
        endpoints.MapRazorPages();
        return endpoints;
    }

    private static void KeepLoadedModules(ApplicationPartManager parts, IReadOnlyCollection<Assembly> moduleAssemblies)
    {
        var theme = typeof(AdminText).Assembly;

        // The shared field editors (their _FieldEditor partial) serve the admin and the modules' own forms.
        var shared = typeof(ContentEditingText).Assembly;
        var allowed = moduleAssemblies.Append(theme).Append(shared).Select(a => a.GetName().Name).ToHashSet(StringComparer.Ordinal);
        foreach (var part in parts.ApplicationParts.Where(p => p.Name.StartsWith("EduHub.", StringComparison.Ordinal) && !allowed.Contains(p.Name)).ToList())
        {
            parts.ApplicationParts.Remove(part);
        }

        foreach (var assembly in moduleAssemblies.Append(theme).Append(shared).Where(a => parts.ApplicationParts.All(p => p.Name != a.GetName().Name)))
        {
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                parts.ApplicationParts.Add(part);
            }
        }
    }
}
