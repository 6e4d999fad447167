using EduHub.Core.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EduHub.Web.Security;

/// <summary>Identity's sign-in, refusing disabled accounts (pending partners, deactivated staff) like the Basic handler does.</summary>
internal sealed class EduHubSignInManager(
    UserManager<EduHubUser> userManager, IHttpContextAccessor contextAccessor, IUserClaimsPrincipalFactory<EduHubUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor, ILogger<SignInManager<EduHubUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<EduHubUser> confirmation)
    : SignInManager<EduHubUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(EduHubUser user) => user.IsEnabled && await base.CanSignInAsync(user);
}
