using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EduHub.Web.Security;

/// <summary>
/// HTTP Basic credentials checked by ASP.NET Core Identity (lockout counted, disabled users refused).
/// The interim API sign-in until cookie sign-in and bearer tokens arrive; use it over HTTPS only.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IServiceProvider services)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[6..].Trim()));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }

        // Resolved only for requests that carry credentials: a UserManager brings an EF Core context with it, and
        // building one for every anonymous request was a measurable part of an uncached GraphQL read.
        var users = services.GetRequiredService<UserManager<EduHubUser>>();
        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        var user = separator > 0 ? await users.FindByNameAsync(decoded[..separator]) : null;
        if (user is null || !user.IsEnabled || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("Invalid user name or password.");
        }

        if (!await users.CheckPasswordAsync(user, decoded[(separator + 1)..]))
        {
            await users.AccessFailedAsync(user);
            return AuthenticateResult.Fail("Invalid user name or password.");
        }

        await users.ResetAccessFailedCountAsync(user);
        var claims = new List<Claim> { new(ClaimTypes.Name, user.UserName!), new(ClaimTypes.NameIdentifier, user.Id) };
        claims.AddRange((await users.GetRolesAsync(user)).Select(r => new Claim(ClaimTypes.Role, r)));
        if (user.OrganizationContentItemId is { } organization)
        {
            claims.Add(new Claim(ContentCallerAccessor.OrganizationClaim, organization));
        }

        if (user.SchoolContentItemId is { } school)
        {
            claims.Add(new Claim(ContentCallerAccessor.SchoolClaim, school));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName)), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Basic realm=\"EduHub\", charset=\"UTF-8\"";
        return base.HandleChallengeAsync(properties);
    }
}
