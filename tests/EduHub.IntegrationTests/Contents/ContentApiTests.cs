using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Contents;

/// <summary>The REST content API over a real database: versions, conflicts, lifecycle. Runs on SQLite and PostgreSQL.</summary>
public abstract class ContentApiTests(EduHubSite site)
{
    [Fact]
    public async Task Created_item_has_Orchard_Core_shape_and_normalized_values()
    {
        var response = await site.Admin().PostJsonAsync("/api/content", Items.School());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var json = await response.ReadObjectAsync();
        Assert.Equal(["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Latest", "Published", "ModifiedUtc", "PublishedUtc", "CreatedUtc", "Owner", "Author"],
            json.Select(p => p.Key).Take(11));
        Assert.Equal(26, json["ContentItemId"]!.GetValue<string>().Length);
        Assert.Equal("Գյումրու թիվ 99 միջնակարգ դպրոց", json["DisplayText"]!.GetValue<string>());
        Assert.True(json["Published"]!.GetValue<bool>());
        Assert.Equal("admin", json["Owner"]!.GetValue<string>());
        Assert.Equal("+37431245678", json["School"]!["Phone"]!["Text"]!.GetValue<string>());
        Assert.Equal("schools/gyumru-tiv-99-mijnakarg-dprots", json["AutoroutePart"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Editing_a_published_item_as_draft_keeps_the_published_version_live()
    {
        var admin = site.Admin();
        var created = await (await admin.PostJsonAsync("/api/content", Items.School("Draft test school"))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();
        created["TitlePart"]!["Title"] = "Draft test school, renamed";

        var draft = await admin.PostJsonAsync("/api/content?draft=true", created);

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        var anonymousView = await (await site.Anonymous().GetAsync($"/api/content/{id}")).ReadObjectAsync();
        Assert.Equal("Draft test school", anonymousView["DisplayText"]!.GetValue<string>());
        var latest = await (await admin.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        Assert.Equal("Draft test school, renamed", latest["DisplayText"]!.GetValue<string>());
        Assert.False(latest["Published"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{id}?version=latest")).StatusCode);
    }

    [Fact]
    public async Task Publishing_the_draft_replaces_the_live_version_and_history_keeps_both()
    {
        var admin = site.Admin();
        var created = await (await admin.PostJsonAsync("/api/content", Items.School("History school"))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();
        created["TitlePart"]!["Title"] = "History school v2";
        await admin.PostJsonAsync("/api/content?draft=true", created);

        var published = await admin.PostEmptyAsync($"/api/content/{id}/publish");

        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("History school v2", (await (await site.Anonymous().GetAsync($"/api/content/{id}")).ReadObjectAsync())["DisplayText"]!.GetValue<string>());
        var versions = await (await admin.GetAsync($"/api/content/{id}/versions")).ReadArrayAsync();
        Assert.Equal(2, versions.Count);
        Assert.Single(versions, v => v!["Published"]!.GetValue<bool>());
        Assert.Single(versions, v => v!["Latest"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Stale_version_is_a_conflict_and_changes_nothing()
    {
        var admin = site.Admin();
        var original = await (await admin.PostJsonAsync("/api/content", Items.School("Conflict school"))).ReadObjectAsync();
        var id = original["ContentItemId"]!.GetValue<string>();
        var first = original.DeepClone().AsObject();
        first["TitlePart"]!["Title"] = "Changed by editor one";
        Assert.Equal(HttpStatusCode.OK, (await admin.PostJsonAsync("/api/content", first)).StatusCode);

        var second = original.DeepClone().AsObject();
        second["TitlePart"]!["Title"] = "Changed by editor two";
        var response = await admin.PostJsonAsync("/api/content", second);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType!.ToString());
        var current = await (await admin.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        Assert.Equal("Changed by editor one", current["DisplayText"]!.GetValue<string>());
        Assert.Equal(2, (await (await admin.GetAsync($"/api/content/{id}/versions")).ReadArrayAsync()).Count);
    }

    [Fact]
    public async Task Unpublish_then_delete_hides_the_item_everywhere()
    {
        var admin = site.Admin();
        var id = (await (await admin.PostJsonAsync("/api/content", Items.School("Short-lived school"))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await admin.PostEmptyAsync($"/api/content/{id}/unpublish")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Anonymous().GetAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/content/{id}?version=latest")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/content/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/content/{id}?version=latest")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/content/{id}")).StatusCode);
    }

    [Fact]
    public async Task Restoring_an_old_version_makes_it_the_new_draft()
    {
        var admin = site.Admin();
        var v1 = await (await admin.PostJsonAsync("/api/content", Items.School("Restore school"))).ReadObjectAsync();
        var id = v1["ContentItemId"]!.GetValue<string>();
        var v2 = v1.DeepClone().AsObject();
        v2["TitlePart"]!["Title"] = "Restore school, mistaken rename";
        await admin.PostJsonAsync("/api/content", v2);

        var restored = await admin.PostEmptyAsync($"/api/content/{id}/versions/{v1["ContentItemVersionId"]!.GetValue<string>()}/restore");

        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var latest = await (await admin.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        Assert.Equal("Restore school", latest["DisplayText"]!.GetValue<string>());
        Assert.False(latest["Published"]!.GetValue<bool>());
        Assert.Equal(3, (await (await admin.GetAsync($"/api/content/{id}/versions")).ReadArrayAsync()).Count);
    }

    [Fact]
    public async Task Discarding_a_draft_brings_back_the_published_version_as_latest()
    {
        var admin = site.Admin();
        var v1 = await (await admin.PostJsonAsync("/api/content", Items.School("Discard school"))).ReadObjectAsync();
        var id = v1["ContentItemId"]!.GetValue<string>();
        v1["TitlePart"]!["Title"] = "Discard school draft";
        await admin.PostJsonAsync("/api/content?draft=true", v1);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostEmptyAsync($"/api/content/{id}/discard-draft")).StatusCode);

        var latest = await (await admin.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        Assert.Equal("Discard school", latest["DisplayText"]!.GetValue<string>());
        Assert.True(latest["Published"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Clone_is_a_new_draft_with_its_own_path()
    {
        var admin = site.Admin();
        var response = await admin.PostEmptyAsync($"/api/content/{Demo.School187}/clone");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var clone = await response.ReadObjectAsync();
        Assert.NotEqual(Demo.School187, clone["ContentItemId"]!.GetValue<string>());
        Assert.False(clone["Published"]!.GetValue<bool>());
        var original = await (await admin.GetAsync($"/api/content/{Demo.School187}")).ReadObjectAsync();
        Assert.NotEqual(original["AutoroutePart"]!["Path"]!.GetValue<string>(), clone["AutoroutePart"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_change_is_in_the_audit_log()
    {
        var admin = site.Admin();
        var created = await (await admin.PostJsonAsync("/api/content", Items.School("Audited school"))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();
        await admin.PostEmptyAsync($"/api/content/{id}/unpublish");

        var audit = await (await admin.GetAsync($"/api/audit?contentItemId={id}")).ReadArrayAsync();

        Assert.Equal(["Unpublished", "Created"], audit.Select(a => a!["action"]!.GetValue<string>()));
        Assert.All(audit, a => Assert.Equal("admin", a!["userName"]!.GetValue<string>()));
        Assert.Equal(created["ContentItemVersionId"]!.GetValue<string>(), audit[1]!["toVersionId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await site.Anonymous().GetAsync("/api/audit")).StatusCode);
    }

    [Fact]
    public async Task Armenian_text_is_returned_as_utf8_not_escaped()
    {
        var body = await (await site.Anonymous().GetAsync($"/api/content/{Demo.School187}")).Content.ReadAsStringAsync();

        Assert.Contains("Երևանի թիվ 187", body);
        Assert.DoesNotContain("\\u0535", body);
    }
}

public sealed class ContentApiSqliteTests(SqliteSite site) : ContentApiTests(site), IClassFixture<SqliteSite>;

public sealed class ContentApiPostgresTests(PostgresSite site) : ContentApiTests(site), IClassFixture<PostgresSite>;
