using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Admin;

public sealed class RolesAdminTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_editors_are_refused()
    {
        await site.UserAsync("roles-editor", ["Editor"]);
        var editor = await AdminBrowser.SignedInAsync(site, "roles-editor", EduHubSite.UserPassword);

        foreach (var url in new[] { "/admin/roles", "/admin/roles/new", "/admin/roles/Editor" })
        {
            var anonymous = await new AdminBrowser(site).GetResponseAsync(url);
            Assert.StartsWith("/admin/account/signin", anonymous.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
            var refused = await editor.GetResponseAsync(url);
            Assert.StartsWith("/admin/account/denied", refused.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_list_shows_every_role_with_its_description_and_counts()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync("/admin/roles");

        var rows = page.QuerySelectorAll("table.roles tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r);
        Assert.Superset(new HashSet<string> { "Administrator", "Editor", "Author", "Partner", "SchoolStaff", "Anonymous", "Authenticated" }, rows.Keys.ToHashSet());
        Assert.StartsWith("Runs the site", rows["Administrator"].QuerySelector("td")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/admin/roles/Editor", rows["Editor"].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_permission_grid_shows_global_permissions_by_category_and_content_types_by_verb()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync("/admin/roles/Editor");

        Assert.Equal("Role Editor", page.QuerySelector("main h1")!.TextContent);
        var captions = page.QuerySelectorAll("table.permissions caption").Select(c => c.TextContent).ToList();
        Assert.Contains("Content", captions);
        Assert.Contains("Security", captions);
        Assert.Contains("Workflows", captions);
        Assert.Contains("Permissions per content type", captions);
        Assert.True(Box(page, CorePermissions.PublishContent).IsChecked);
        Assert.False(Box(page, CorePermissions.ManageUsers).IsChecked);
        Assert.Equal("Manage users", page.QuerySelector($"label[for=perm-{CorePermissions.ManageUsers}]")!.TextContent);
        Assert.NotNull(page.QuerySelector("input[name=Permissions][value=ManageWorkflows]"));
        var types = page.QuerySelector("table.permissions--types")!;
        Assert.Equal(
            new[] { "Content type", "View", "View own", "Preview", "Preview own", "Edit", "Edit own", "Publish", "Publish own", "Delete", "Delete own" },
            types.QuerySelectorAll("thead th").Select(th => th.TextContent));
        Assert.False(Box(page, "EditOwn_Platform").IsChecked);
        Assert.EndsWith(": Platform", page.QuerySelector("label[for=perm-EditOwn_Platform]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("input[value$=_Taxonomy]"));
        Assert.NotNull(page.QuerySelector("#delete-role"));
        Assert.Null((await browser.GetAsync("/admin/roles/Administrator")).QuerySelector("#delete-role"));
    }

    [Fact]
    public async Task Granting_and_revoking_permissions_applies_at_once()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var create = await browser.GetAsync("/admin/roles/new");
        var created = await browser.SubmitAsync(create, "main form", new() { ["Name"] = "Reviewers", ["Description"] = "Review partner listings" });
        var role = await browser.FollowAsync(created);
        Assert.Equal("Role Reviewers created. Choose its permissions below.", role.QuerySelector(".notice")!.TextContent);
        await site.UserAsync("reviewer", ["Reviewers"]);
        var reviewer = await AdminBrowser.SignedInAsync(site, "reviewer", EduHubSite.UserPassword);
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.GetResponseAsync("/admin/users")).StatusCode);

        Box(role, CorePermissions.AccessAdminPanel).IsChecked = true;
        Box(role, CorePermissions.ManageUsers).IsChecked = true;
        Box(role, "Edit_Platform").IsChecked = true;
        var saved = await browser.FollowAsync(await browser.SubmitAsync(role, "#role-form", []));

        Assert.Equal("Role Reviewers saved.", saved.QuerySelector(".notice")!.TextContent);
        Assert.Equal(new[] { CorePermissions.AccessAdminPanel, "Edit_Platform", CorePermissions.ManageUsers }, await PermissionsOfAsync("Reviewers"));
        Assert.Equal(HttpStatusCode.OK, (await reviewer.GetResponseAsync("/admin/users")).StatusCode);

        Box(saved, CorePermissions.ManageUsers).IsChecked = false;
        await browser.SubmitAsync(saved, "#role-form", []);

        Assert.Equal(new[] { CorePermissions.AccessAdminPanel, "Edit_Platform" }, await PermissionsOfAsync("Reviewers"));
        Assert.Equal(HttpStatusCode.Redirect, (await reviewer.GetResponseAsync("/admin/users")).StatusCode);
    }

    [Theory]
    [InlineData("", "Enter a name for the role.")]
    [InlineData("Bad name!", "A role name has 2 to 50 letters, digits, - or _, starting with a letter.")]
    [InlineData("editor", "A role with this name already exists.")]
    [InlineData("new", "A role with this name already exists.")]
    public async Task Creating_a_role_with_a_bad_name_says_so_next_to_the_field_and_creates_nothing(string name, string message)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/roles/new");
        var before = await CountRolesAsync();

        var response = await browser.SubmitAsync(page, "main form", new() { ["Name"] = name });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AdminBrowser.ParseAsync(response)).QuerySelector("[data-valmsg-for=Name]")!.TextContent.Trim());
        Assert.Equal(before, await CountRolesAsync());
    }

    [Fact]
    public async Task A_custom_role_can_be_deleted_but_not_a_built_in_one()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var create = await browser.GetAsync("/admin/roles/new");
        var role = await browser.FollowAsync(await browser.SubmitAsync(create, "main form", new() { ["Name"] = "Temporary" }));
        await site.UserAsync("temporary-user", ["Temporary"]);
        var administrator = await browser.GetAsync("/admin/roles/Administrator");
        var token = administrator.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var deleted = await browser.SubmitAsync(role, "#delete-role", []);
        var refused = await browser.PostAsync("/admin/roles/Administrator?handler=delete", new Dictionary<string, string> { ["__RequestVerificationToken"] = token });

        Assert.Equal("/admin/roles", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetResponseAsync("/admin/roles/Temporary")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("cannot be deleted", (await AdminBrowser.ParseAsync(refused)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(CorePermissions.SiteOwner, await PermissionsOfAsync(RoleNames.Administrator));
    }

    [Fact]
    public async Task An_administrator_cannot_take_away_their_own_right_to_manage_roles()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/roles/Administrator");
        var before = await PermissionsOfAsync(RoleNames.Administrator);
        Box(page, CorePermissions.SiteOwner).IsChecked = false;
        Box(page, CorePermissions.ManageRoles).IsChecked = false;

        var response = await browser.SubmitAsync(page, "#role-form", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("you could no longer manage roles", (await AdminBrowser.ParseAsync(response)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await PermissionsOfAsync(RoleNames.Administrator));
    }

    [Fact]
    public async Task Saving_permissions_without_the_anti_forgery_token_is_rejected_and_changes_nothing()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        await browser.GetAsync("/admin/roles/Author");
        var before = await PermissionsOfAsync("Author");

        var response = await browser.PostAsync("/admin/roles/Author", new Dictionary<string, string> { ["Permissions"] = CorePermissions.SiteOwner });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await PermissionsOfAsync("Author"));
    }

    [Fact]
    public async Task The_users_and_roles_pages_are_translated()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        browser.Language = "hy";

        var users = await browser.GetAsync("/admin/users");
        var role = await browser.GetAsync("/admin/roles/Editor");

        Assert.Equal("Օգտատերեր", users.QuerySelector("main h1")!.TextContent);
        Assert.Equal("Կառավարել օգտատերերին", role.QuerySelector($"label[for=perm-{CorePermissions.ManageUsers}]")!.TextContent);
        Assert.Contains("Անվտանգություն", role.QuerySelectorAll("table.permissions caption").Select(c => c.TextContent));
    }

    private static IHtmlInputElement Box(IHtmlDocument page, string permission) =>
        page.QuerySelector<IHtmlInputElement>($"input[name=Permissions][value={permission}]") ?? throw new InvalidOperationException($"No checkbox for {permission}.");

    private async Task<List<string>> PermissionsOfAsync(string roleName)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<EduHubRole>>();
        var role = await roles.FindByNameAsync(roleName);
        return [.. (await roles.GetClaimsAsync(role!)).Where(c => c.Type == EduHubIdentityDbContext.PermissionClaimType).Select(c => c.Value).Order(StringComparer.Ordinal)];
    }

    private async Task<int> CountRolesAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<RoleManager<EduHubRole>>().Roles.Count();
    }
}
