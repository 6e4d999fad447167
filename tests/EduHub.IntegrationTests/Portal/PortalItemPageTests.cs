using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Portal;

/// <summary>Items at their autoroute paths, in the URL's culture or the Armenian original with a notice.</summary>
public sealed class PortalItemPageTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task An_item_is_shown_at_its_path_in_Armenian()
    {
        var page = await new AdminBrowser(site).GetAsync("/hy/platforms/heravar");

        Assert.Equal("Հեռավար ուսուցման միասնական հարթակ (heravar.armedu.am)", page.QuerySelector("h1")!.TextContent);
        Assert.Null(page.QuerySelector("main .notice"));
    }

    [Fact]
    public async Task The_english_url_shows_the_english_translation_and_the_language_links_point_to_each_translation()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/platforms/heravar");

        Assert.Equal("Distance learning hub (heravar.armedu.am)", page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/hy/platforms/heravar", page.QuerySelector(".languages a[hreflang=hy]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_missing_translation_shows_the_armenian_original_with_a_notice()
    {
        var page = await new AdminBrowser(site).GetAsync("/ru/platforms/heravar");

        Assert.Equal("Эта страница ещё не переведена; она показана на армянском.", page.QuerySelector("main .notice")!.TextContent);
        Assert.Equal("ru", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_draft_is_not_shown_to_the_public()
    {
        var title = $"Portal draft {Guid.NewGuid():n}";
        var draft = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.Platform(title))).ReadObjectAsync();
        var path = draft["AutoroutePart"]!["Path"]!.GetValue<string>();

        var response = await site.Anonymous().GetAsync($"/hy/{path}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(title, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
