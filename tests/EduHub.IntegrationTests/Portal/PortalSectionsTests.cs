using System.Net;
using System.Xml.Linq;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Portal;

/// <summary>Safety guides, support contacts, announcements, partner profiles, the sitemap and robots.txt.</summary>
public sealed class PortalSectionsTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("hy", "Անվտանգ համացանց", "Երեխաների համար")]
    [InlineData("en", "Safe Internet", "For children")]
    [InlineData("ru", "Безопасный интернет", "Для детей")]
    public async Task The_safety_page_lists_the_guide_for_children_then_the_guide_for_parents(string culture, string heading, string firstAudience)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/safety");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        var links = page.QuerySelectorAll(".guides h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/{culture}/safety/guide-for-children", $"/{culture}/safety/guide-for-parents"], links.Take(2));
        Assert.StartsWith(firstAudience, page.QuerySelector(".guides li p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("1677", page.QuerySelector(".lead")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hy", "Երեխաների համար", "Կիբեռբուլինգ", "1677-Ա/2")]
    [InlineData("en", "For children", "Cyberbullying", "1677-A/2")]
    [InlineData("ru", "Для детей", "Кибербуллинг", "1677-Ա/2")]
    public async Task A_guide_shows_its_audience_ages_topics_and_legal_basis(string culture, string audience, string topic, string order)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/safety/guide-for-children");

        var facts = page.QuerySelectorAll(".guide > .facts dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains(audience, facts);
        Assert.Contains(facts, f => f.Contains('6', StringComparison.Ordinal) && f.Contains("14", StringComparison.Ordinal));
        Assert.Contains(page.QuerySelectorAll(".guide__topics li"), li => li.TextContent == topic);
        Assert.Contains(order, page.QuerySelector(".guide__legal-basis")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".guide .body h2"));
    }

    [Fact]
    public async Task The_print_stylesheet_hides_navigation_and_footer_and_shows_link_addresses()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/safety/guide-for-children");
        var css = await site.Anonymous().GetStringAsync(page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));

        Assert.Contains(".site-footer", css[css.IndexOf("@media print", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("attr(href)", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hy", "Աջակցություն")]
    [InlineData("en", "Support")]
    [InlineData("ru", "Поддержка")]
    public async Task The_support_page_shows_every_contact_with_tel_links(string culture, string heading)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/support");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        var contacts = page.QuerySelectorAll("main .support-contact");
        Assert.True(contacts.Length >= 1);
        var phones = page.QuerySelectorAll("main .support-contact a[href^='tel:']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("tel:+37410578455", phones);
        Assert.All(phones, p => Assert.Matches(@"^tel:\+374\d{8}$", p));
        Assert.Contains("+374 10 578455", page.QuerySelector("main .support-contact")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_support_contact_page_shows_its_phones_and_what_it_helps_with()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/support/ncet-quick-response-group");

        Assert.NotNull(page.QuerySelector(".support-contact a[href='tel:+37410578453']"));
        Assert.NotNull(page.QuerySelector(".contact__helps"));
        Assert.Equal("/en/support", page.QuerySelector(".support-contact p a[href='/en/support']")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("hy", "Հայտարարություններ", "/hy/news/heravar-hub-launched")]
    [InlineData("en", "Announcements", "/en/news/heravar-hub-launched")]
    [InlineData("ru", "Объявления", "/ru/news/heravar-hub-launched")]
    public async Task The_news_page_lists_announcements_newest_first(string culture, string heading, string link)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/news");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".news-list a"), a => a.GetAttribute("href") == link);
        var dates = page.QuerySelectorAll(".news-list time").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Theory]
    [InlineData("/en/news?page=banana")]
    [InlineData("/en/news?page=0")]
    [InlineData("/en/news?page=9999")]
    public async Task The_news_page_takes_garbage_paging_without_an_error(string url)
    {
        var page = await new AdminBrowser(site).GetAsync(url);

        Assert.Equal("Announcements", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_announcement_shows_its_date_and_body()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/news/heravar-hub-launched");

        Assert.Equal("2020-03-17", page.QuerySelector(".announcement__date time")!.GetAttribute("datetime"));
        Assert.NotNull(page.QuerySelector(".announcement .body p"));
    }

    [Fact]
    public async Task A_partner_profile_shows_its_kind_website_and_published_platforms_but_no_contact_details()
    {
        var response = await site.Anonymous().GetAsync("/en/partners/ncet");
        var html = await response.Content.ReadAsStringAsync();
        var page = await AdminBrowser.ParseAsync(html, "/en/partners/ncet");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelectorAll(".partner .cards a[href^='/en/platforms/']"));
        Assert.NotNull(page.QuerySelector(".partner .facts a[rel=external]"));
        Assert.DoesNotContain("mailto:", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("tel:", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_sections_and_items_in_each_of_their_cultures_with_alternates()
    {
        var response = await site.Anonymous().GetAsync("/sitemap.xml");
        var xml = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        XNamespace xhtml = "http://www.w3.org/1999/xhtml";
        var urls = xml.Root!.Elements(sm + "url").ToDictionary(u => new Uri(u.Element(sm + "loc")!.Value).PathAndQuery);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/ru/schools", urls.Keys);
        Assert.Contains("/hy/schools/yerevan-203", urls.Keys);
        Assert.Contains("/en/schools/yerevan-203", urls.Keys);
        Assert.DoesNotContain("/ru/schools/yerevan-203", urls.Keys);
        var alternates = urls["/hy/schools/yerevan-203"].Elements(xhtml + "link").Select(l => (l.Attribute("hreflang")!.Value, new Uri(l.Attribute("href")!.Value).AbsolutePath)).ToList();
        Assert.Contains(("en", "/en/schools/yerevan-203"), alternates);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", urls["/hy/schools/yerevan-203"].Element(sm + "lastmod")!.Value);
        Assert.DoesNotContain(urls.Keys, k => k.Contains("mentor", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_sitemap_leaves_drafts_out()
    {
        var title = $"Sitemap draft {Guid.NewGuid():n}";
        var draft = await (await site.Admin().PostJsonAsync("/api/content?draft=true", Items.Platform(title))).ReadObjectAsync();
        var path = draft["AutoroutePart"]!["Path"]!.GetValue<string>();

        var sitemap = await site.Anonymous().GetStringAsync("/sitemap.xml");

        Assert.DoesNotContain(path, sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_private_areas()
    {
        var robots = await site.Anonymous().GetStringAsync("/robots.txt");

        Assert.Contains("Disallow: /admin\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /api\n", robots, StringComparison.Ordinal);
        Assert.Contains("Disallow: /partners\n", robots, StringComparison.Ordinal);
        Assert.Matches(@"Sitemap: https?://[^/]+/sitemap\.xml", robots);
    }
}
