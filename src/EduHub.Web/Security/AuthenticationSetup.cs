using EduHub.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace EduHub.Web.Security;

/// <summary>
/// Who is calling: HTTP Basic for API clients that send credentials, otherwise the admin's sign-in cookie
/// (ASP.NET Core Identity). API challenges answer 401 with <c>WWW-Authenticate: Basic</c>; admin pages
/// ask for the cookie and redirect to the sign-in page.
/// </summary>
internal static class AuthenticationSetup
{
    public const string SelectorScheme = "EduHub";

    public static IServiceCollection AddEduHubAuthentication(this IServiceCollection services, string dataPath)
    {
        // Cookies and reset links are protected with keys kept in the data folder, so they survive restarts.
        services.AddDataProtection().SetApplicationName("EduHub").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));

        new IdentityBuilder(typeof(EduHubUser), typeof(EduHubRole), services)
            .AddSignInManager<EduHubSignInManager>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<EduHubClaimsPrincipalFactory>();
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));
        // A disabled user or a changed password ends existing sessions within this interval.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = BasicAuthenticationHandler.SchemeName;
                // Basic callers get a bare 403; cookie callers the admin's "access denied" page (status codes outside /admin).
                o.DefaultForbidScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
                    ? BasicAuthenticationHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, BasicAuthenticationHandler>(BasicAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".EduHub.Auth";
            cookie.Cookie.HttpOnly = true;
            // Strict: the cookie never rides on a request started by another site (no CSRF through the APIs).
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/admin/account/signin";
            cookie.LogoutPath = "/admin/account/signout";
            cookie.AccessDeniedPath = "/admin/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            // Only pages redirect; an API call answers with the status code (a JSON client cannot follow to a form).
            cookie.Events.OnRedirectToAccessDenied = context => RedirectPagesOnly(context, StatusCodes.Status403Forbidden);
            cookie.Events.OnRedirectToLogin = context => RedirectPagesOnly(context, StatusCodes.Status401Unauthorized);
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = ".EduHub.Antiforgery";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    private static Task RedirectPagesOnly(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/admin"))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            context.Response.StatusCode = status;
        }

        return Task.CompletedTask;
    }
}
