using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Security;

/// <summary>Permissions are enforced where data is read and written, for every caller kind.</summary>
public abstract class ContentSecurityTests(EduHubSite site)
{
    private const string OtherSchool = "ehisch0000vagharshapat14hy";

    [Fact]
    public async Task Anonymous_cannot_create_and_nothing_is_stored()
    {
        var title = $"Anonymous school {Guid.NewGuid():n}";

        var response = await site.Anonymous().PostJsonAsync("/api/content", Items.School(title));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await CountLatestAsync("School", title));
    }

    [Fact]
    public async Task Wrong_password_is_refused()
    {
        await site.UserAsync("editor-wrongpw", ["Editor"]);

        var response = await site.As("editor-wrongpw", "not-the-password").GetAsync("/api/audit");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Partner_creates_own_draft_but_cannot_publish_it()
    {
        var partner = await site.UserAsync("partner-a", ["Partner"]);
        var title = $"Partner platform {Guid.NewGuid():n}";

        var draft = await partner.PostJsonAsync("/api/content?draft=true", Items.Platform(title));
        var published = await partner.PostJsonAsync("/api/content", Items.Platform(title + " live"));

        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal("partner-a", (await draft.ReadObjectAsync())["Owner"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, published.StatusCode);
        Assert.Equal(0, await CountLatestAsync("Platform", title + " live"));
    }

    [Fact]
    public async Task Partner_never_sees_or_edits_another_partners_draft()
    {
        var partnerA = await site.UserAsync("partner-b1", ["Partner"]);
        var partnerB = await site.UserAsync("partner-b2", ["Partner"]);
        var draft = await (await partnerA.PostJsonAsync("/api/content?draft=true", Items.Platform($"Private draft {Guid.NewGuid():n}"))).ReadObjectAsync();
        var id = draft["ContentItemId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await partnerA.GetAsync($"/api/content/{id}?version=latest")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await partnerB.GetAsync($"/api/content/{id}?version=latest")).StatusCode);
        var list = await (await partnerB.GetAsync("/api/content?type=Platform&status=draft&total=true")).ReadObjectAsync();
        Assert.DoesNotContain(list["items"]!.AsArray(), i => i!["ContentItemId"]!.GetValue<string>() == id);

        draft["TitlePart"]!["Title"] = "Hijacked";
        Assert.Equal(HttpStatusCode.Forbidden, (await partnerB.PostJsonAsync("/api/content?draft=true", draft)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partnerB.DeleteAsync($"/api/content/{id}")).StatusCode);
        Assert.NotEqual("Hijacked", (await (await partnerA.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync())["DisplayText"]!.GetValue<string>());
    }

    [Fact]
    public async Task Partner_cannot_edit_the_ministrys_platform()
    {
        var partner = await site.UserAsync("partner-c", ["Partner"]);
        var platform = await (await site.Anonymous().GetAsync($"/api/content/{Demo.HeravarPlatform}")).ReadObjectAsync();
        platform["TitlePart"]!["Title"] = "Defaced";

        var response = await partner.PostJsonAsync("/api/content?draft=true", platform);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Single(await (await site.Admin().GetAsync($"/api/content/{Demo.HeravarPlatform}/versions")).ReadArrayAsync());
    }

    [Fact]
    public async Task Editor_sees_drafts_of_others_and_anonymous_lists_only_published()
    {
        var partner = await site.UserAsync("partner-d", ["Partner"]);
        var editor = await site.UserAsync("editor-d", ["Editor"]);
        var title = $"Review me {Guid.NewGuid():n}";
        var id = (await (await partner.PostJsonAsync("/api/content?draft=true", Items.Platform(title))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync($"/api/content/{id}?version=latest")).StatusCode);
        var anonymous = await (await site.Anonymous().GetAsync("/api/content?type=Platform&status=latest&first=1000")).ReadObjectAsync();
        Assert.All(anonymous["items"]!.AsArray(), i => Assert.True(i!["Published"]!.GetValue<bool>()));
        Assert.DoesNotContain(anonymous["items"]!.AsArray(), i => i!["ContentItemId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Mentor_contact_data_is_hidden_from_anonymous_callers_in_every_read()
    {
        var single = await (await site.Anonymous().GetAsync($"/api/content/{Demo.Mentor1}")).ReadObjectAsync();
        var list = await (await site.Anonymous().GetAsync("/api/content?type=Mentor&first=100")).ReadObjectAsync();

        Assert.Null(single["Mentor"]!["Email"]);
        Assert.Null(single["Mentor"]!["Phone"]);
        Assert.NotNull(single["Mentor"]!["HomeSchool"]);
        Assert.All(list["items"]!.AsArray(), m => Assert.Null(m!["Mentor"]!["Email"]));
        var body = await (await site.Anonymous().GetAsync("/api/content?type=Mentor&first=100")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("@example.org", body);
    }

    [Fact]
    public async Task Editors_and_staff_of_the_mentors_school_see_contact_data_other_staff_do_not()
    {
        var editor = await site.UserAsync("editor-m", ["Editor"]);
        var staffOfListingSchool = await site.UserAsync("staff-203", ["SchoolStaff"], school: Demo.School203);
        var staffOfOtherSchool = await site.UserAsync("staff-other", ["SchoolStaff"], school: OtherSchool);

        Assert.NotNull((await ReadMentorAsync(editor))["Email"]);
        Assert.NotNull((await ReadMentorAsync(staffOfListingSchool))["Email"]);
        Assert.Null((await ReadMentorAsync(staffOfOtherSchool))["Email"]);
    }

    private async Task<JsonNode> ReadMentorAsync(HttpClient client) =>
        (await (await client.GetAsync($"/api/content/{Demo.Mentor1}")).ReadObjectAsync())["Mentor"]!;

    private async Task<long> CountLatestAsync(string type, string title)
    {
        var list = await (await site.Admin().GetAsync($"/api/content?type={type}&status=latest&filter=DisplayText:eq:{Uri.EscapeDataString(title)}&total=true")).ReadObjectAsync();
        return list["total"]!.GetValue<long>();
    }
}

public sealed class ContentSecuritySqliteTests(SqliteSite site) : ContentSecurityTests(site), IClassFixture<SqliteSite>;

public sealed class ContentSecurityPostgresTests(PostgresSite site) : ContentSecurityTests(site), IClassFixture<PostgresSite>;
