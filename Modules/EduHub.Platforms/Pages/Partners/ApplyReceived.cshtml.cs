namespace EduHub.Platforms.Pages.Partners;

/// <summary>The confirmation after an application (reached by a redirect, so reloading it sends nothing again).</summary>
public sealed class ApplyReceivedModel : PartnerAreaPageModel
{
    public void OnGet()
    {
    }
}
