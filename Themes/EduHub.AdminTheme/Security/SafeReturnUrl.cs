using EduHub.Core.Security;
using Microsoft.AspNetCore.Mvc;

namespace EduHub.AdminTheme.Security;

/// <summary>Where to go after signing in: only a local admin URL, never another site (no open redirect).</summary>
public static class SafeReturnUrl
{
    public static string For(string? returnUrl, IUrlHelper url) =>
        returnUrl is not null && url.IsLocalUrl(returnUrl) ? ReturnUrls.Within(returnUrl, "/admin", "/admin") : "/admin";
}
