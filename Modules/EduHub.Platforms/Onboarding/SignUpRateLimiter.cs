using EduHub.Core.Security;
using Microsoft.Extensions.Configuration;

namespace EduHub.Platforms.Onboarding;

/// <summary>
/// At most <c>EduHub:Partners:SignUpsPerHour</c> applications (default 5) per client address per hour, on the
/// injected clock. Per node: a determined bot spread over nodes gets a few more, which the review absorbs.
/// </summary>
public sealed class SignUpRateLimiter(IConfiguration configuration, AttemptLimiter limiter)
{
    public bool TryAcquire(string client) =>
        limiter.TryAcquire("partner-sign-up:" + client, configuration.GetValue("EduHub:Partners:SignUpsPerHour", 5), TimeSpan.FromHours(1));
}
