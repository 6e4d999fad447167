using EduHub.Platforms.Onboarding;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.Platforms.Endpoints;

internal static class PartnerEndpoints
{
    public static void MapPartnerEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/partners").WithTags("Partners");
        group.MapPost("/signup", SignUpPartner.HandleAsync).AllowAnonymous()
            .WithName("SignUpPartner").WithSummary("A partner organisation applies (organisation + first user); rate-limited; the Ministry reviews it.");
    }
}
