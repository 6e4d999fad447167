using Microsoft.AspNetCore.Http;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>Signed in, but not with a partner organisation's account: 403 with a way out.</summary>
public sealed class DeniedModel : PartnerAreaPageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status403Forbidden;
}
