using EduHub.Core.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>POST only (with the anti-forgery token): a link or image elsewhere cannot sign a partner out.</summary>
public sealed class SignOutModel(SignInManager<EduHubUser> signIn) : PartnerAreaPageModel
{
    public IActionResult OnGet() => Redirect(AreaUrl("signin"));

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect(AreaUrl("signin"));
    }
}
