using System.Globalization;
using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.Platforms.Partners;
using EduHub.Workflows.Abstractions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>
/// The partner's home: the organisation and its status, links to listings and profile, and what changed since the
/// last visit (the Workflows module's notifications, when it is on). The last notification seen is remembered
/// per user as an Identity user token, so "new" means new since this user's previous visit.
/// </summary>
public sealed class DashboardModel(ContentCallerAccessor callers, ContentManager content, UserManager<EduHubUser> users, IServiceProvider services, TimeProvider clock) : PartnerPageModel(callers)
{
    public const string TokenProvider = "EduHub.Partners";
    private const string LastSeenToken = "LastSeenNotification";
    private const string LastVisitToken = "LastVisitUtc";

    public OrganizationProfile? Organization { get; private set; }

    public bool IsPublished { get; private set; }

    public bool HasPendingChanges { get; private set; }

    public bool NotificationsAvailable { get; private set; }

    public IReadOnlyList<UserNotification> New { get; private set; } = [];

    public IReadOnlyList<UserNotification> Earlier { get; private set; } = [];

    public DateTime? LastVisitUtc { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = await content.GetAsync(OrganizationId, VersionOptions.Latest, cancellationToken);
        if (latest is null)
        {
            return NotFound();
        }

        var published = await content.GetAsync(OrganizationId, VersionOptions.Published, cancellationToken);
        Organization = OrganizationProfile.Of(published ?? latest);
        IsPublished = published is not null;
        HasPendingChanges = published is not null && !latest.Published;

        if (await users.GetUserAsync(User) is { } user)
        {
            await LoadNotificationsAsync(user, cancellationToken);
        }

        return Page();
    }

    private async Task LoadNotificationsAsync(EduHubUser user, CancellationToken cancellationToken)
    {
        var lastSeen = long.TryParse(await users.GetAuthenticationTokenAsync(user, TokenProvider, LastSeenToken), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : 0;
        LastVisitUtc = DateTime.TryParse(await users.GetAuthenticationTokenAsync(user, TokenProvider, LastVisitToken), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var visit) ? visit : null;
        if (services.GetService<IUserNotifications>() is { } notifications)
        {
            NotificationsAvailable = true;
            var list = await notifications.ListAsync(user.UserName!, 20, cancellationToken);
            New = [.. list.Where(n => n.Id > lastSeen)];
            Earlier = [.. list.Where(n => n.Id <= lastSeen).Take(10)];
            if (list.Count > 0 && list[0].Id > lastSeen)
            {
                await users.SetAuthenticationTokenAsync(user, TokenProvider, LastSeenToken, list[0].Id.ToString(CultureInfo.InvariantCulture));
            }
        }

        await users.SetAuthenticationTokenAsync(user, TokenProvider, LastVisitToken, clock.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    }
}
