using System.Net;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Portal;

/// <summary>The platform directory (/{culture}/platforms): listing, filters with counts, text search, paging, bad input.</summary>
public sealed class PlatformDirectoryTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("hy", "Ուսումնական հարթակներ", "/hy/platforms/zoom", "Zoom տեսադասեր")]
    [InlineData("en", "Learning platforms", "/en/platforms/zoom", "Zoom video lessons")]
    [InlineData("ru", "Образовательные платформы", "/ru/platforms/zoom", "Zoom տեսադասեր")]
    public async Task The_directory_lists_the_platforms_in_the_page_culture_with_Armenian_fallback(string culture, string heading, string zoomUrl, string zoomTitle)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/platforms");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Single(page.QuerySelectorAll("h1"));
        var links = page.CardLinks();
        Assert.Equal(12, links.Count);
        Assert.Contains(zoomUrl, links);
        Assert.Contains(zoomTitle, page.CardTitles());
        Assert.All(links, l => Assert.StartsWith($"/{culture}/platforms/", l, StringComparison.Ordinal));
        Assert.Equal(["subject", "grade", "language", "cost", "channel"], page.QuerySelectorAll(".platform-facet input[type=checkbox]").Select(i => i.GetAttribute("name")!).Distinct());
        Assert.All(page.QuerySelectorAll(".platform-facet input"), i => Assert.NotNull(page.QuerySelector($"label[for='{i.Id}']")));
    }

    [Theory]
    [InlineData("hy")]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task A_filter_shows_as_many_platforms_as_its_count_said(string culture)
    {
        var browser = new AdminBrowser(site);
        var all = await browser.GetAsync($"/{culture}/platforms");
        var freemium = all.FacetCount("cost", "freemium");
        var tv = all.FacetCount("channel", "tv");

        var filtered = await browser.GetAsync($"/{culture}/platforms?cost=freemium");
        var channel = await browser.GetAsync($"/{culture}/platforms?channel=tv");

        Assert.Equal(2, freemium);
        Assert.Equal(freemium, filtered.CardLinks().Count);
        Assert.Contains($"/{culture}/platforms/zoom", filtered.CardLinks());
        Assert.True(filtered.QuerySelector("#f-cost-freemium")!.HasAttribute("checked"));
        Assert.Equal([$"/{culture}/platforms/public-tv-lessons"], channel.CardLinks());
        Assert.Equal(tv, channel.CardLinks().Count);
    }

    [Fact]
    public async Task Filters_combine_values_of_one_filter_with_or_and_filters_with_and()
    {
        var browser = new AdminBrowser(site);

        var either = await browser.GetAsync("/en/platforms?channel=tv&channel=offline");
        var both = await browser.GetAsync("/en/platforms?channel=tv&cost=freemium");

        Assert.Equal(2, either.CardLinks().Count);
        Assert.Empty(both.CardLinks());
        Assert.NotEmpty(both.QuerySelector(".platform-count")!.TextContent);
    }

    [Theory]
    [InlineData("hy", "Zoom", "/hy/platforms/zoom")]
    [InlineData("en", "zoom video", "/en/platforms/zoom")]
    [InlineData("ru", "Zoom", "/ru/platforms/zoom")]
    public async Task Text_search_finds_a_platform_by_its_words(string culture, string text, string expected)
    {
        var page = await new AdminBrowser(site).GetUntilAsync($"/{culture}/platforms?q={Uri.EscapeDataString(text)}", p => p.CardLinks().Contains(expected));

        Assert.Equal(expected, page.CardLinks()[0]);
        Assert.True(page.CardLinks().Count < 12);
        Assert.Equal(text, page.QuerySelector("#platform-q")!.GetAttribute("value"));
    }

    public static TheoryData<string, string, string?> BadInput() => new()
    {
        { "hy", "q=" + Uri.EscapeDataString("\"((*?~^:\\[]{}!&&||"), null },
        { "en", "q=" + Uri.EscapeDataString("<script>alert(1)</script>"), null },
        { "ru", "q=" + Uri.EscapeDataString("Ինչպե՞ս ԵՎ և \u0000 \u202e"), null },
        { "hy", "q=" + new string('ա', 5000), "Որոնման տեքստը չափազանց երկար էր. օգտագործվել են միայն առաջին 200 նիշերը։" },
        { "en", "q=" + new string('x', 300), "The search text was too long; only its first 200 characters were used." },
        { "en", "cost=gold&subject=nothing", "Some filter values are not known and were ignored." },
        { "ru", "grade=13&channel=%3Cb%3E", "Некоторые значения фильтров неизвестны и не учитывались." },
        { "en", "page=999", "There is no page 999; showing page 1." },
        { "hy", "page=abc", "Էջի համարը սխալ էր. ցուցադրվում է առաջին էջը։" },
        { "ru", "page=-3", "Неверный номер страницы; показана первая страница." },
        { "en", "page=99999999999999999999", "The page number was not valid; showing the first page." },
        { "en", "unknown=1&sort=desc&q[]=x", null },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_the_page_with_a_clear_message_never_an_error(string culture, string query, string? notice)
    {
        var response = await site.Anonymous().GetAsync($"/{culture}/platforms?{query}");
        var body = await response.Content.ReadAsStringAsync();
        var page = await AdminBrowser.ParseAsync(body, $"http://localhost/{culture}/platforms");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("h1"));
        Assert.DoesNotContain("<script>alert", body, StringComparison.Ordinal);
        if (notice is not null)
        {
            Assert.Contains(notice, page.Notices());
        }

        Assert.True((page.QuerySelector("#platform-q")!.GetAttribute("value") ?? "").Length <= 200);
    }

    [Fact]
    public async Task An_unknown_filter_value_is_ignored_and_the_rest_still_filters()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/platforms?cost=gold&cost=freemium");

        Assert.Equal(2, page.CardLinks().Count);
        Assert.Contains("Some filter values are not known and were ignored.", page.Notices());
    }

    [Fact]
    public async Task A_draft_platform_never_appears_and_publishing_it_makes_it_appear()
    {
        var admin = site.Admin();
        var word = "Ծիածանադաս" + Guid.NewGuid().ToString("N")[..6];
        var draft = await (await admin.PostJsonAsync("/api/content?draft=true", Armenian(Items.Platform($"{word} հարթակ")))).ReadObjectAsync();
        var id = draft["ContentItemId"]!.GetValue<string>();
        // The search index must have seen the draft: a published twin saved after it is found first.
        var twin = (await (await admin.PostJsonAsync("/api/content", Armenian(Items.Platform($"{word} երկվորյակ")))).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();
        try
        {
            var browser = new AdminBrowser(site);
            var whileDraft = await browser.GetUntilAsync($"/hy/platforms?q={Uri.EscapeDataString(word)}", p => p.CardTitles().Contains($"{word} երկվորյակ"));
            var listedWhileDraft = await browser.GetAsync("/hy/platforms");

            Assert.Equal([$"{word} երկվորյակ"], whileDraft.CardTitles());
            Assert.DoesNotContain($"{word} հարթակ", listedWhileDraft.CardTitles());

            Assert.True((await admin.PostEmptyAsync($"/api/content/{id}/publish")).IsSuccessStatusCode);
            var published = await browser.GetUntilAsync($"/hy/platforms?q={Uri.EscapeDataString(word)}", p => p.CardTitles().Contains($"{word} հարթակ"));

            Assert.Contains($"{word} հարթակ", published.CardTitles());
            Assert.Contains($"{word} հարթակ", (await browser.GetAsync("/hy/platforms")).CardTitles());
        }
        finally
        {
            await admin.DeleteAsync($"/api/content/{id}");
            await admin.DeleteAsync($"/api/content/{twin}");
        }
    }

    [Fact]
    public async Task Without_the_search_feature_the_directory_still_lists_and_filters_and_says_text_search_is_off()
    {
        await using var node = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()), new Dictionary<string, string?> { ["EduHub:DisabledFeatures:0"] = "EduHub.Search.Lucene" });
        var client = node.CreateClient();

        var all = await AdminBrowser.ParseAsync(await client.GetAsync("/en/platforms?q=zoom"));
        var filtered = await AdminBrowser.ParseAsync(await client.GetAsync("/en/platforms?cost=freemium"));

        Assert.Null(all.QuerySelector("#platform-q"));
        Assert.Contains("Text search is not available at the moment; use the filters to find a platform.", all.Notices());
        Assert.Equal(12, all.CardLinks().Count);
        Assert.Equal(2, filtered.CardLinks().Count);
        Assert.Empty(all.QuerySelectorAll("script[src*='platform-suggest']"));
    }

    [Fact]
    public async Task Paging_links_keep_the_filters_and_show_twenty_a_page()
    {
        var admin = site.Admin();
        var word = "Էջավորում" + Guid.NewGuid().ToString("N")[..6];
        var ids = new List<string>();
        for (var i = 0; i < 21; i++)
        {
            var item = Armenian(Items.Platform($"{word} {i:00}"));
            item["Platform"]!["Cost"] = new System.Text.Json.Nodes.JsonObject { ["Text"] = "paid" };
            ids.Add((await (await admin.PostJsonAsync("/api/content", item)).ReadObjectAsync())["ContentItemId"]!.GetValue<string>());
        }

        try
        {
            var browser = new AdminBrowser(site);
            var first = await browser.GetAsync("/hy/platforms?cost=paid");
            var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
            var second = await browser.GetAsync(next);

            Assert.Equal(20, first.CardLinks().Count);
            Assert.Equal("/hy/platforms?cost=paid&page=2", next);
            Assert.Single(second.CardLinks());
            Assert.Equal("/hy/platforms?cost=paid", second.QuerySelector(".pager a[rel=prev]")!.GetAttribute("href"));
            Assert.Null(second.QuerySelector(".pager a[rel=next]"));
        }
        finally
        {
            foreach (var id in ids)
            {
                await admin.DeleteAsync($"/api/content/{id}");
            }
        }
    }

    private static System.Text.Json.Nodes.JsonObject Armenian(System.Text.Json.Nodes.JsonObject item)
    {
        item["LocalizationPart"] = new System.Text.Json.Nodes.JsonObject { ["Culture"] = "hy" };
        return item;
    }
}
