using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Security;

/// <summary>
/// Role permissions are cached per node and invalidated through a generation number in the database: a change
/// made in the admin on one node is enforced at once there and within a second on every other node.
/// </summary>
public abstract class RolePermissionNodesTests(EduHubSite site)
{
    [Fact]
    public async Task A_permission_removed_on_one_node_is_refused_on_another_node_and_given_back_the_same_way()
    {
        var role = "AuditReaders" + Guid.NewGuid().ToString("n")[..6];
        var user = "audit-reader-" + Guid.NewGuid().ToString("n")[..6];
        await CreateRoleAsync(role, CorePermissions.ViewAuditLog);
        await site.UserAsync(user, [role]);
        var otherClock = new FakeTimeProvider(site.Clock.GetUtcNow());
        await using var otherNode = site.CreateFactory(otherClock);
        var there = otherNode.CreateClient();
        there.DefaultRequestHeaders.Authorization = site.As(user).DefaultRequestHeaders.Authorization;
        var here = site.As(user);
        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync("/api/audit?take=1")).StatusCode);

        await SetPermissionAsync(role, CorePermissions.ViewAuditLog, granted: false);

        Assert.Equal(HttpStatusCode.Forbidden, (await here.GetAsync("/api/audit?take=1")).StatusCode);
        otherClock.Advance(RolePermissionCache.RecheckInterval + TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.Forbidden, (await there.GetAsync("/api/audit?take=1")).StatusCode);

        await SetPermissionAsync(role, CorePermissions.ViewAuditLog, granted: true);

        otherClock.Advance(RolePermissionCache.RecheckInterval + TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync("/api/audit?take=1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/api/audit?take=1")).StatusCode);
    }

    [Fact]
    public async Task A_role_change_made_by_a_recipe_reaches_the_other_node()
    {
        var role = "Auditors" + Guid.NewGuid().ToString("n")[..6];
        var user = "auditor-" + Guid.NewGuid().ToString("n")[..6];
        await CreateRoleAsync(role);
        await site.UserAsync(user, [role]);
        var otherClock = new FakeTimeProvider(site.Clock.GetUtcNow());
        await using var otherNode = site.CreateFactory(otherClock);
        var there = otherNode.CreateClient();
        there.DefaultRequestHeaders.Authorization = site.As(user).DefaultRequestHeaders.Authorization;
        Assert.Equal(HttpStatusCode.Forbidden, (await there.GetAsync("/api/audit?take=1")).StatusCode);

        await RecipeRunner.RunAsync(site.Services, $$"""
            { "steps": [ { "name": "Roles", "Roles": [ { "Name": "{{role}}", "Permissions": [ "ViewAuditLog" ], "PermissionBehavior": "Add" } ] } ] }
            """);

        otherClock.Advance(RolePermissionCache.RecheckInterval + TimeSpan.FromMilliseconds(1));
        Assert.Equal(HttpStatusCode.OK, (await there.GetAsync("/api/audit?take=1")).StatusCode);
    }

    private async Task CreateRoleAsync(string name, params string[] permissions)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<EduHubRole>>();
        var role = new EduHubRole { Name = name };
        Assert.True((await roles.CreateAsync(role)).Succeeded);
        foreach (var permission in permissions)
        {
            await roles.AddClaimAsync(role, new(EduHubIdentityDbContext.PermissionClaimType, permission));
        }

        await scope.ServiceProvider.GetRequiredService<RolePermissionCache>().InvalidateAsync(CancellationToken.None);
    }

    /// <summary>Ticks or unticks the permission in the admin's role editor, as an administrator on this node.</summary>
    private async Task SetPermissionAsync(string role, string permission, bool granted)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/roles/{role}");
        page.QuerySelector<IHtmlInputElement>($"input[name=Permissions][value={permission}]")!.IsChecked = granted;
        var saved = await browser.SubmitAsync(page, "#role-form", []);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}

public sealed class RolePermissionNodesSqliteTests(SqliteSite site) : RolePermissionNodesTests(site), IClassFixture<SqliteSite>;

public sealed class RolePermissionNodesPostgresTests(PostgresSite site) : RolePermissionNodesTests(site), IClassFixture<PostgresSite>;
