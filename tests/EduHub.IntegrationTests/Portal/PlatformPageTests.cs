using System.Net;
using System.Net.Http.Headers;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Portal;

/// <summary>The platform page (Items/_Platform.cshtml) and the compression of public pages.</summary>
public sealed class PlatformPageTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData("hy", "Zoom տեսադասեր", "Հայերեն", "Անվճար՝ վճարովի հնարավորություններով", "600 կբիթ/վ")]
    [InlineData("en", "Zoom video lessons", "Armenian", "Free with paid options", "600 kbit/s")]
    [InlineData("ru", "Zoom տեսադասեր", "Армянский", "Бесплатно, есть платные возможности", "600 кбит/с")]
    public async Task The_platform_page_shows_provider_terms_and_requirements_in_the_page_culture(string culture, string title, string language, string cost, string bandwidth)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/platforms/zoom");

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelectorAll(".platform-facts dd").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains(facts, f => f.Contains(language, StringComparison.Ordinal));
        Assert.Contains("1–12", facts);
        Assert.Contains(bandwidth, facts);
        Assert.Contains(cost, facts);

        var provider = page.QuerySelector(".platform-facts dd a")!;
        Assert.StartsWith($"/{culture}/", provider.GetAttribute("href"), StringComparison.Ordinal);
        var website = page.QuerySelector("a[rel~=noopener]")!;
        Assert.Equal("https://zoom.us/", website.GetAttribute("href"));
        Assert.Contains("external", website.GetAttribute("rel")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subject_names_follow_the_page_culture()
    {
        var browser = new AdminBrowser(site);

        var hy = await browser.GetAsync("/hy/platforms/heravar");
        var en = await browser.GetAsync("/en/platforms/heravar");
        var ru = await browser.GetAsync("/ru/platforms/heravar");

        Assert.Contains("Մաթեմատիկա", hy.QuerySelector(".platform-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Mathematics", en.QuerySelector(".platform-facts")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Математика", ru.QuerySelector(".platform-facts")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_description_is_rendered_as_sanitized_html()
    {
        var page = await new AdminBrowser(site).GetAsync("/hy/platforms/heravar");

        Assert.NotNull(page.QuerySelector("article.platform .body p"));
        Assert.Empty(page.QuerySelectorAll("article script"));
    }

    [Theory]
    [InlineData("/en/platforms")]
    [InlineData("/hy/platforms/zoom")]
    [InlineData("/ru/")]
    public async Task Public_pages_are_compressed_for_anonymous_visitors(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));

        var response = await site.Anonymous().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Pages_for_signed_in_users_are_not_compressed()
    {
        var client = await site.UserAsync("compress-editor", ["Editor"]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/en/platforms");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}
