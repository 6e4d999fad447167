using System.Net;
using System.Text.Json.Nodes;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static EduHub.IntegrationTests.Admin.ContentForms;

namespace EduHub.IntegrationTests.Admin;

/// <summary>
/// An editor without <see cref="CorePermissions.ViewPrivateContactData"/> edits mentors without seeing their private
/// contact data, and saving (from the admin form or the API) keeps the stored values instead of wiping them.
/// </summary>
public sealed class PrivateFieldsEditTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Email = "lilit.arakelyan@example.org";

    private const string Mentor2 = "ehimen000000000000000m02hy";

    [Fact]
    public async Task The_edit_form_does_not_show_the_private_values_to_an_editor_without_the_right()
    {
        var browser = await EditorAsync("private-reader");

        var response = await browser.GetResponseAsync($"/admin/content/item/{Demo.Mentor1}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Email, html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(await StoredPhoneAsync(), html, StringComparison.Ordinal);
        Assert.NotNull((await AdminBrowser.ParseAsync(html, $"/admin/content/item/{Demo.Mentor1}")).QuerySelector("[data-field='Mentor.Availability']"));
    }

    [Fact]
    public async Task Saving_the_admin_form_keeps_the_stored_private_values()
    {
        var phone = await StoredPhoneAsync();
        var browser = await EditorAsync("private-form-editor");
        var edit = await browser.GetAsync($"/admin/content/item/{Demo.Mentor1}");

        var saved = await PostAsync(browser, edit, "save", V("Mentor.Availability", "Weekends, 10:00–14:00"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var latest = (await LatestAsync(site, Demo.Mentor1))!["Mentor"]!;
        Assert.Equal("Weekends, 10:00–14:00", latest["Availability"]!["Text"]!.GetValue<string>());
        Assert.Equal(Email, latest["Email"]!["Text"]!.GetValue<string>());
        Assert.Equal(phone, latest["Phone"]!["Text"]!.GetValue<string>());
        var again = await (await browser.GetResponseAsync($"/admin/content/item/{Demo.Mentor1}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain(Email, again, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_API_save_by_an_editor_without_the_right_can_neither_wipe_nor_overwrite_the_private_values()
    {
        var phone = await StoredPhoneAsync();
        await EditorAsync("private-api-editor");
        var api = site.As("private-api-editor");
        var read = await (await api.GetAsync($"/api/content/{Demo.Mentor1}?version=latest")).ReadObjectAsync();
        Assert.Null(read["Mentor"]!["Email"]);

        read["Mentor"]!["Availability"] = new JsonObject { ["Text"] = "Tuesdays only" };
        read["Mentor"]!["Email"] = new JsonObject { ["Text"] = "someone-else@example.org" };
        read["Mentor"]!["Phone"] = null;
        var saved = await api.PostJsonAsync("/api/content?draft=true", read);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var latest = (await LatestAsync(site, Demo.Mentor1))!["Mentor"]!;
        Assert.Equal("Tuesdays only", latest["Availability"]!["Text"]!.GetValue<string>());
        Assert.Equal(Email, latest["Email"]!["Text"]!.GetValue<string>());
        Assert.Equal(phone, latest["Phone"]!["Text"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_editor_with_the_right_still_changes_the_private_values()
    {
        await site.UserAsync("private-full-editor", ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, "private-full-editor", EduHubSite.UserPassword);
        var edit = await browser.GetAsync($"/admin/content/item/{Mentor2}");
        Assert.Contains("@", edit.QuerySelector("input[name='Mentor.Email']")!.GetAttribute("value"), StringComparison.Ordinal);

        var saved = await PostAsync(browser, edit, "save", V("Mentor.Email", "new-address@example.org"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("new-address@example.org", (await LatestAsync(site, Mentor2))!["Mentor"]!["Email"]!["Text"]!.GetValue<string>());
    }

    /// <summary>A role that may edit and publish all content in the admin, but not see private contact data.</summary>
    private async Task<AdminBrowser> EditorAsync(string userName)
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<EduHubRole>>();
            if (!await roles.RoleExistsAsync("ContentEditorNoContacts"))
            {
                var role = new EduHubRole { Name = "ContentEditorNoContacts" };
                await roles.CreateAsync(role);
                foreach (var permission in new[]
                {
                    CorePermissions.AccessAdminPanel, CorePermissions.ListContent, CorePermissions.ViewContent, CorePermissions.PreviewContent,
                    CorePermissions.EditContent, CorePermissions.PublishContent,
                })
                {
                    await roles.AddClaimAsync(role, new(EduHubIdentityDbContext.PermissionClaimType, permission));
                }

                await scope.ServiceProvider.GetRequiredService<RolePermissionCache>().InvalidateAsync(CancellationToken.None);
            }
        }

        await site.UserAsync(userName, ["ContentEditorNoContacts"]);
        return await AdminBrowser.SignedInAsync(site, userName, EduHubSite.UserPassword);
    }

    private async Task<string> StoredPhoneAsync() =>
        (await LatestAsync(site, Demo.Mentor1))!["Mentor"]!["Phone"]!["Text"]!.GetValue<string>();
}
