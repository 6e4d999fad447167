using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Admin;

public sealed class UsersAdminTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("/admin/users")]
    [InlineData("/admin/users/new")]
    public async Task Anonymous_visitors_are_sent_to_sign_in(string url)
    {
        var response = await new AdminBrowser(site).GetResponseAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/signin", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_editor_cannot_manage_users()
    {
        await site.UserAsync("users-editor", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "users-editor", EduHubSite.UserPassword);
        var admin = await FindAsync("admin");

        foreach (var url in new[] { "/admin/users", "/admin/users/new", $"/admin/users/{admin!.Id}" })
        {
            var response = await browser.GetResponseAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/account/denied", response.Headers.Location!.PathAndQuery, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetResponseAsync(response.Headers.Location.PathAndQuery)).StatusCode);
        }

        Assert.DoesNotContain((await browser.GetAsync("/admin")).QuerySelectorAll("nav.admin-nav a"), a => a.GetAttribute("href") == "/admin/users");
    }

    [Fact]
    public async Task The_list_searches_by_name_and_e_mail_and_pages()
    {
        for (var i = 0; i < 27; i++)
        {
            await site.UserAsync($"pager-{i:D2}", ["Author"]);
        }

        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var all = await browser.GetAsync("/admin/users");
        var byName = await browser.GetAsync("/admin/users?q=PAGER-0");
        var byEmail = await browser.GetAsync("/admin/users?q=pager-13%40example");
        var none = await browser.GetAsync("/admin/users?q=no-such-person");
        var first = await browser.GetAsync("/admin/users?q=pager-");
        var second = await browser.GetAsync(first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal("Users", all.QuerySelector("main h1")!.TextContent);
        Assert.Contains(Names(all), n => n == "admin");
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"pager-0{i}"), Names(byName));
        Assert.Equal(new[] { "pager-13" }, Names(byEmail));
        Assert.Equal("Author", byEmail.QuerySelector("table.users tbody td:nth-child(3)")!.TextContent);
        Assert.Empty(Names(none));
        Assert.Contains("No user matches.", none.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(25, Names(first).Count);
        Assert.Equal(new[] { "pager-25", "pager-26" }, Names(second));
        Assert.Contains("Page 2 of 2", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Creating_a_user_with_a_password_and_roles()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/users/new");
        Check(page, "Roles", "Editor");

        var response = await browser.SubmitAsync(page, "main form", new() { ["UserName"] = "created-editor", ["Email"] = "created-editor@example.org", ["Password"] = "Created-Pass-1" });

        var edit = await browser.FollowAsync(response);
        Assert.Equal("User created-editor created.", edit.QuerySelector(".notice")!.TextContent);
        var user = await FindAsync("created-editor");
        Assert.Equal(new[] { "Editor" }, await RolesOfAsync(user!));
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync("created-editor", "Created-Pass-1")).StatusCode);
        Assert.Empty(AccountsMailbox.To(site, "created-editor@example.org"));
    }

    [Fact]
    public async Task Inviting_a_user_mails_a_link_to_choose_a_password()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/users/new");

        var response = await browser.SubmitAsync(page, "main form", new() { ["UserName"] = "invited-author", ["Email"] = "invited-author@example.org", ["Roles"] = "Author" });

        Assert.Contains("An invitation to choose a password was sent to invited-author@example.org", (await browser.FollowAsync(response)).QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        var mail = Assert.Single(AccountsMailbox.To(site, "invited-author@example.org"));
        Assert.Equal("Your EduHub account", mail.Subject);
        var invitee = new AdminBrowser(site);
        var choose = await invitee.GetAsync(AccountsMailbox.LastLink(site, "invited-author@example.org"));
        Assert.Equal("Choose your password", choose.QuerySelector("main h1")!.TextContent);
        await invitee.SubmitAsync(choose, "main form", new() { ["NewPassword"] = "Invited-Pass-7", ["ConfirmPassword"] = "Invited-Pass-7" });
        Assert.Equal(HttpStatusCode.Redirect, (await new AdminBrowser(site).SignInAsync("invited-author", "Invited-Pass-7")).StatusCode);
        Assert.True((await FindAsync("invited-author"))!.EmailConfirmed);
    }

    [Theory]
    [InlineData("", "x@example.org", "", "UserName", "Enter a user name.")]
    [InlineData("bad-email-user", "not-an-address", "", "Email", "Enter a valid e-mail address.")]
    [InlineData("admin", "other-admin@example.org", "", "UserName", "This user name is already taken.")]
    [InlineData("weak-password-user", "weak@example.org", "short", "Password", "The password must have at least 10 characters.")]
    public async Task Creating_with_bad_input_shows_the_message_next_to_the_field_and_creates_nothing(string userName, string email, string password, string field, string message)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/users/new");
        var before = await CountUsersAsync();

        var response = await browser.SubmitAsync(page, "main form", new() { ["UserName"] = userName, ["Email"] = email, ["Password"] = password });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AdminBrowser.ParseAsync(response)).QuerySelector($"[data-valmsg-for={field}]")!.TextContent.Trim());
        Assert.Equal(before, await CountUsersAsync());
        Assert.Empty(AccountsMailbox.To(site, email));
    }

    [Fact]
    public async Task Editing_e_mail_roles_and_the_partner_organisation()
    {
        await site.UserAsync("edit-partner", ["Author"]);
        var user = await FindAsync("edit-partner");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/users/{user!.Id}");
        var organization = page.QuerySelectorAll<IHtmlOptionElement>("#OrganizationContentItemId option").First(o => o.Value.Length > 0);
        var school = page.QuerySelectorAll<IHtmlOptionElement>("#SchoolContentItemId option").First(o => o.Value.Length > 0);
        Check(page, "Roles", "Author", false);
        Check(page, "Roles", "Partner");

        var response = await browser.SubmitAsync(page, "#user-form", new() { ["Email"] = "edit-partner-new@example.org", ["OrganizationContentItemId"] = organization.Value, ["SchoolContentItemId"] = school.Value });

        Assert.Equal("User edit-partner saved.", (await browser.FollowAsync(response)).QuerySelector(".notice")!.TextContent);
        var saved = await FindAsync("edit-partner");
        Assert.Equal("edit-partner-new@example.org", saved!.Email);
        Assert.Equal(organization.Value, saved.OrganizationContentItemId);
        Assert.Equal(school.Value, saved.SchoolContentItemId);
        Assert.Equal(new[] { "Partner" }, await RolesOfAsync(saved));
        var reloaded = await browser.GetAsync($"/admin/users/{user.Id}");
        Assert.True(reloaded.QuerySelector<IHtmlOptionElement>($"#OrganizationContentItemId option[value='{organization.Value}']")!.IsSelected);
    }

    [Theory]
    [InlineData("OrganizationContentItemId", "no-such-item", "Choose an existing partner organisation.")]
    [InlineData("OrganizationContentItemId", "school", "Choose an existing partner organisation.")]
    [InlineData("SchoolContentItemId", "organization", "Choose an existing school.")]
    [InlineData("Email", "broken", "Enter a valid e-mail address.")]
    [InlineData("Email", "admin@eduhub.local", "Another account already uses this e-mail address.")]
    public async Task Editing_with_bad_input_shows_the_message_next_to_the_field_and_changes_nothing(string field, string value, string message)
    {
        var userName = $"edit-bad-{field.Length}-{value.Length}";
        await site.UserAsync(userName, ["Partner"]);
        var user = await FindAsync(userName);
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/users/{user!.Id}");
        // A valid id of the wrong type: a school where an organisation belongs, and the other way round.
        value = value switch
        {
            "school" => page.QuerySelectorAll<IHtmlOptionElement>("#SchoolContentItemId option").First(o => o.Value.Length > 0).Value,
            "organization" => page.QuerySelectorAll<IHtmlOptionElement>("#OrganizationContentItemId option").First(o => o.Value.Length > 0).Value,
            _ => value,
        };
        Check(page, "Roles", "Editor");

        var response = await browser.SubmitAsync(page, "#user-form", new() { [field] = value });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, (await AdminBrowser.ParseAsync(response)).QuerySelector($"[data-valmsg-for={field}]")!.TextContent.Trim());
        var unchanged = await FindAsync(userName);
        Assert.Equal($"{userName}@example.org", unchanged!.Email);
        Assert.Null(unchanged.OrganizationContentItemId);
        Assert.Null(unchanged.SchoolContentItemId);
        Assert.Equal(new[] { "Partner" }, await RolesOfAsync(unchanged));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_their_session_ends()
    {
        await site.UserAsync("to-disable", ["Editor"]);
        var user = await FindAsync("to-disable");
        var session = await AdminBrowser.SignedInAsync(site, "to-disable", EduHubSite.UserPassword);
        Assert.Equal(HttpStatusCode.OK, (await session.GetResponseAsync("/admin")).StatusCode);
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/users/{user!.Id}");

        await browser.SubmitAsync(page, "#user-form", new() { ["IsEnabled"] = "false" });

        Assert.False((await FindAsync("to-disable"))!.IsEnabled);
        var signIn = await new AdminBrowser(site).SignInAsync("to-disable", EduHubSite.UserPassword);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Sign-in failed.", (await AdminBrowser.ParseAsync(signIn)).QuerySelector(".validation-summary-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.As("to-disable").GetAsync("/api/content")).StatusCode);
        // The cookie is checked against the security stamp every minute.
        site.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await session.GetResponseAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Administrators_cannot_disable_or_demote_themselves()
    {
        var admin = await FindAsync("admin");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync($"/admin/users/{admin!.Id}");

        var disabled = await AdminBrowser.ParseAsync(await browser.SubmitAsync(page, "#user-form", new() { ["IsEnabled"] = "false" }));
        var demoted = await AdminBrowser.ParseAsync(await browser.SubmitAsync(page, "#user-form", new() { ["Roles"] = "Editor" }));

        Assert.Equal("You cannot disable your own account.", disabled.QuerySelector("[data-valmsg-for=IsEnabled]")!.TextContent.Trim());
        Assert.Equal("With these roles you could no longer manage users. Keep a role that allows it.", demoted.QuerySelector("[data-valmsg-for=Roles]")!.TextContent.Trim());
        var unchanged = await FindAsync("admin");
        Assert.True(unchanged!.IsEnabled);
        Assert.Equal(new[] { RoleNames.Administrator }, await RolesOfAsync(unchanged));
    }

    [Fact]
    public async Task The_last_administrator_stays_one()
    {
        await UserManagerRoleAsync();
        await site.UserAsync("user-manager", ["UserManager"]);
        var admin = await FindAsync("admin");
        var browser = await AdminBrowser.SignedInAsync(site, "user-manager", EduHubSite.UserPassword);
        var page = await browser.GetAsync($"/admin/users/{admin!.Id}");

        var disabled = await AdminBrowser.ParseAsync(await browser.SubmitAsync(page, "#user-form", new() { ["IsEnabled"] = "false" }));
        var demoted = await AdminBrowser.ParseAsync(await browser.SubmitAsync(page, "#user-form", new() { ["Roles"] = "UserManager" }));

        Assert.Equal("This is the last enabled administrator: make another user an administrator first.", disabled.QuerySelector("[data-valmsg-for=IsEnabled]")!.TextContent.Trim());
        Assert.Equal("This is the last enabled administrator: make another user an administrator first.", demoted.QuerySelector("[data-valmsg-for=Roles]")!.TextContent.Trim());
        var unchanged = await FindAsync("admin");
        Assert.True(unchanged!.IsEnabled);
        Assert.Equal(new[] { RoleNames.Administrator }, await RolesOfAsync(unchanged));
    }

    [Fact]
    public async Task Managing_users_gives_no_way_to_hand_out_permissions_one_does_not_have()
    {
        await UserManagerRoleAsync();
        await site.UserAsync("user-manager-2", ["UserManager"]);
        await site.UserAsync("escalation-target", ["Author"]);
        var target = await FindAsync("escalation-target");
        var browser = await AdminBrowser.SignedInAsync(site, "user-manager-2", EduHubSite.UserPassword);
        var edit = await browser.GetAsync($"/admin/users/{target!.Id}");
        var create = await browser.GetAsync("/admin/users/new");
        Check(edit, "Roles", "Administrator");
        Check(create, "Roles", "Administrator");

        var edited = await AdminBrowser.ParseAsync(await browser.SubmitAsync(edit, "#user-form", []));
        var created = await AdminBrowser.ParseAsync(await browser.SubmitAsync(create, "main form", new() { ["UserName"] = "escalated", ["Email"] = "escalated@example.org", ["Password"] = "Escalated-Pass-1" }));

        const string message = "You cannot give the role Administrator: it has permissions you do not have.";
        Assert.Equal(message, edited.QuerySelector("[data-valmsg-for=Roles]")!.TextContent.Trim());
        Assert.Equal(message, created.QuerySelector("[data-valmsg-for=Roles]")!.TextContent.Trim());
        Assert.Equal(new[] { "Author" }, await RolesOfAsync((await FindAsync("escalation-target"))!));
        Assert.Null(await FindAsync("escalated"));
    }

    [Fact]
    public async Task Saving_a_user_without_the_anti_forgery_token_is_rejected_and_changes_nothing()
    {
        await site.UserAsync("edit-csrf", ["Author"]);
        var user = await FindAsync("edit-csrf");
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        await browser.GetAsync($"/admin/users/{user!.Id}");

        var response = await browser.PostAsync($"/admin/users/{user.Id}", new Dictionary<string, string> { ["Email"] = "edit-csrf@example.org", ["Roles"] = "Administrator", ["IsEnabled"] = "false" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var unchanged = await FindAsync("edit-csrf");
        Assert.True(unchanged!.IsEnabled);
        Assert.Equal(new[] { "Author" }, await RolesOfAsync(unchanged));
    }

    /// <summary>A role that may manage users and nothing else.</summary>
    private async Task UserManagerRoleAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<EduHubRole>>();
        if (!await roles.RoleExistsAsync("UserManager"))
        {
            var role = new EduHubRole { Name = "UserManager" };
            await roles.CreateAsync(role);
            await roles.AddClaimAsync(role, new(EduHubIdentityDbContext.PermissionClaimType, CorePermissions.AccessAdminPanel));
            await roles.AddClaimAsync(role, new(EduHubIdentityDbContext.PermissionClaimType, CorePermissions.ManageUsers));
        }

        await scope.ServiceProvider.GetRequiredService<RolePermissionCache>().InvalidateAsync(CancellationToken.None);
    }

    private static List<string> Names(IHtmlDocument page) => [.. page.QuerySelectorAll("table.users tbody th a").Select(a => a.TextContent)];

    private static void Check(IHtmlDocument page, string name, string value, bool on = true) =>
        page.QuerySelector<IHtmlInputElement>($"input[name={name}][value={value}]")!.IsChecked = on;

    private async Task<EduHubUser?> FindAsync(string userName)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>().FindByNameAsync(userName);
    }

    private async Task<List<string>> RolesOfAsync(EduHubUser user)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
        return [.. (await users.GetRolesAsync((await users.FindByIdAsync(user.Id))!)).Order(StringComparer.Ordinal)];
    }

    private async Task<int> CountUsersAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>().Users.Count();
    }
}
