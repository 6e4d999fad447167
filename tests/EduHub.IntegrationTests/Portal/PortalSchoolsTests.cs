using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Portal;

/// <summary>The school directory and school pages, with mentor contacts only for the school's staff and editors.</summary>
public sealed class PortalSchoolsTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private const string Yerevan203 = "ehisch00000000yerevan203hy";
    private const string Gyumri41 = "ehisch0000000000gyumri41hy";
    private const string MentorEmail = "lilit.arakelyan@example.org";
    private const string MentorPhoneDigits = "99000101";

    [Theory]
    [InlineData("hy", "Դպրոցներ", "Երևանի թիվ 203 ավագ դպրոց", "Շիրակ")]
    [InlineData("en", "Schools", "Yerevan High School No. 203", "Shirak")]
    [InlineData("ru", "Школы", "Երևանի թիվ 203 ավագ դպրոց", "Ширак")]
    public async Task The_directory_lists_schools_and_names_regions_in_the_page_culture(string culture, string heading, string school, string region)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/schools");

        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(page.QuerySelectorAll(".cards a"), a => a.TextContent == school);
        Assert.Contains(page.QuerySelectorAll("#schools-region option"), o => o.TextContent == region && o.GetAttribute("value") == "AM-SH");
        Assert.NotNull(page.QuerySelector("label[for=schools-q]"));
    }

    [Fact]
    public async Task A_region_filter_lists_only_its_schools_and_offers_its_communities()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/schools?region=AM-SH");

        var names = page.QuerySelectorAll(".cards h2 a").Select(a => a.TextContent).ToList();
        Assert.Contains("Gyumri Secondary School No. 41", names);
        Assert.Contains("Արթիկի թիվ 9 միջնակարգ դպրոց", names);
        Assert.DoesNotContain("Yerevan High School No. 203", names);
        Assert.Equal("selected", page.QuerySelector("#schools-region option[value=AM-SH]")!.GetAttribute("selected"));
        Assert.Contains(page.QuerySelectorAll("#schools-community option"), o => o.TextContent == "Gyumri");
    }

    [Fact]
    public async Task The_community_filter_and_the_name_search_narrow_the_list()
    {
        var byCommunity = await new AdminBrowser(site).GetAsync("/hy/schools?region=AM-SH&community=" + Uri.EscapeDataString("Արթիկ"));
        var bySearch = await new AdminBrowser(site).GetAsync("/hy/schools?q=" + Uri.EscapeDataString("203"));

        Assert.Equal(["Արթիկի թիվ 9 միջնակարգ դպրոց"], byCommunity.QuerySelectorAll(".cards h2 a").Select(a => a.TextContent));
        Assert.Equal(["Երևանի թիվ 203 ավագ դպրոց"], bySearch.QuerySelectorAll(".cards h2 a").Select(a => a.TextContent));
        Assert.Equal("203", bySearch.QuerySelector("#schools-q")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData("/en/schools?region=AM-XX")]
    [InlineData("/en/schools?region=%3Cscript%3E")]
    public async Task An_unknown_region_is_a_friendly_404(string url)
    {
        var response = await site.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await AdminBrowser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Theory]
    [InlineData("/hy/schools?page=abc")]
    [InlineData("/hy/schools?page=-3")]
    [InlineData("/hy/schools?page=99999999999999999999")]
    [InlineData("/ru/schools?page=500&q=%25%27%22%3C%3E%5C")]
    public async Task Garbage_paging_and_odd_search_text_are_answered_without_an_error(string url)
    {
        var page = await new AdminBrowser(site).GetAsync(url);

        Assert.NotNull(page.QuerySelector(".results-count"));
    }

    [Fact]
    public async Task A_very_long_search_is_cut_to_the_field_length()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/schools?q=" + new string('ա', 5000));

        Assert.Equal(100, page.QuerySelector("#schools-q")!.GetAttribute("value")!.Length);
        Assert.NotNull(page.QuerySelector("main .notice"));
    }

    [Fact]
    public async Task Long_lists_are_paged_with_the_filters_kept()
    {
        var admin = site.Admin();
        for (var i = 0; i < 23; i++)
        {
            var school = Items.School($"Paging school {i:00}");
            school["School"]!["Region"]!["TermContentItemIds"] = new JsonArray("ehireg0000000000000000amvd");
            school["School"]!["Community"] = new JsonObject { ["Text"] = "Ջերմուկ" };
            Assert.True((await admin.PostJsonAsync("/api/content", school)).IsSuccessStatusCode);
        }

        var browser = new AdminBrowser(site);
        var first = await browser.GetAsync("/en/schools?region=AM-VD&q=Paging+school");
        var next = first.QuerySelector(".pager a[rel=next]")!.GetAttribute("href")!;
        var second = await browser.GetAsync(next);

        Assert.Equal(20, first.QuerySelectorAll(".cards li").Length);
        Assert.Equal("/en/schools?region=AM-VD&q=Paging%20school&page=2", next);
        Assert.Equal(3, second.QuerySelectorAll(".cards li").Length);
        Assert.Equal("Paging school 22", second.QuerySelectorAll(".cards h2 a").Last().TextContent);
        Assert.NotNull(second.QuerySelector(".pager a[rel=prev]"));
    }

    [Theory]
    [InlineData("hy", "Արաբկիր", "Ավագ դպրոց (10–12-րդ դասարաններ)")]
    [InlineData("en", "Arabkir", "High school (grades 10–12)")]
    [InlineData("ru", "Արաբկիր", "Старшая школа (10–12 классы)")]
    public async Task A_school_page_shows_its_facts_platforms_and_mentors(string culture, string community, string type)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/schools/yerevan-203");

        var facts = page.QuerySelectorAll(".school > .facts dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains(community, facts);
        Assert.Contains(type, facts);
        var region = page.QuerySelector(".school > .facts dd a[href*='region=AM-ER']")!;
        Assert.Equal($"/{culture}/schools?region=AM-ER", region.GetAttribute("href"));
        var platforms = page.QuerySelectorAll(".school-platforms a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, platforms.Count);
        Assert.Contains($"/{culture}/platforms/heravar", platforms);
        var mentors = page.QuerySelectorAll(".mentor h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Լիլիթ Առաքելյան", "Տիգրան Մելքոնյան"], mentors.Order(StringComparer.Ordinal));
        Assert.NotEmpty(page.QuerySelectorAll(".mentor dd"));
    }

    [Fact]
    public async Task Anonymous_visitors_do_not_get_mentor_contacts_in_the_html()
    {
        var response = await site.Anonymous().GetAsync("/en/schools/yerevan-203");
        var html = await DecodedHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Լիլիթ Առաքելյան", html, StringComparison.Ordinal);
        Assert.DoesNotContain(MentorEmail, html, StringComparison.Ordinal);
        Assert.DoesNotContain(MentorPhoneDigits, html, StringComparison.Ordinal);
        Assert.Contains("public", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_school_do_not_get_mentor_contacts()
    {
        await site.UserAsync("portal-staff-gyumri41", ["SchoolStaff"], school: Gyumri41);
        var browser = await AdminBrowser.SignedInAsync(site, "portal-staff-gyumri41", EduHubSite.UserPassword);

        var response = await browser.GetResponseAsync("/en/schools/yerevan-203");
        var html = await DecodedHtmlAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(MentorEmail, html, StringComparison.Ordinal);
        Assert.DoesNotContain(MentorPhoneDigits, html, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_the_school_get_mentor_contacts_as_links()
    {
        await site.UserAsync("portal-staff-yerevan203", ["SchoolStaff"], school: Yerevan203);
        var browser = await AdminBrowser.SignedInAsync(site, "portal-staff-yerevan203", EduHubSite.UserPassword);

        var response = await browser.GetResponseAsync("/hy/schools/yerevan-203");
        var page = await AdminBrowser.ParseAsync(response);

        Assert.True(response.Headers.CacheControl!.Private && response.Headers.CacheControl.NoStore);
        Assert.Contains(page.QuerySelectorAll(".mentor__email a"), a => a.GetAttribute("href") == "mailto:" + MentorEmail);
        Assert.Contains(page.QuerySelectorAll(".mentor__phone a"), a => a.GetAttribute("href") == "tel:+374" + MentorPhoneDigits);
    }

    [Theory]
    [InlineData("portal-editor", "Editor")]
    [InlineData("portal-administrator", "Administrator")]
    public async Task Editors_and_administrators_get_mentor_contacts(string userName, string role)
    {
        await site.UserAsync(userName, [role]);
        var browser = await AdminBrowser.SignedInAsync(site, userName, EduHubSite.UserPassword);

        var html = await DecodedHtmlAsync(await browser.GetResponseAsync("/en/schools/gyumri-41"));

        Assert.Contains("narine.ghazaryan@example.org", html, StringComparison.Ordinal);
        Assert.Contains("tel:+37494000103", html, StringComparison.Ordinal);
    }

    /// <summary>The page as markup with character references resolved (Razor writes '@' and '+' as references), plus the raw text.</summary>
    private static async Task<string> DecodedHtmlAsync(HttpResponseMessage response)
    {
        var raw = await response.Content.ReadAsStringAsync();
        var page = await AdminBrowser.ParseAsync(raw, response.RequestMessage!.RequestUri!.ToString());
        return raw + "\n" + page.DocumentElement.OuterHtml + "\n" + page.DocumentElement.TextContent;
    }
}
