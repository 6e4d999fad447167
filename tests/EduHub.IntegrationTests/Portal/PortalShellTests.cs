using System.Net;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Portal;

/// <summary>The portal's frame: culture in the URL, layout links, friendly errors, cache headers.</summary>
public sealed class PortalShellTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Theory]
    [InlineData(null, "/hy/")]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.5", "/ru/")]
    [InlineData("de-DE", "/hy/")]
    public async Task The_root_sends_visitors_to_their_language_or_Armenian(string? acceptLanguage, string expected)
    {
        var client = site.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("hy", "Հեռավար ուսուցումը Հայաստանում")]
    [InlineData("en", "Distance learning in Armenia")]
    [InlineData("ru", "Дистанционное обучение в Армении")]
    public async Task The_home_page_speaks_the_culture_of_its_url(string culture, string heading)
    {
        var page = await new AdminBrowser(site).GetAsync($"/{culture}/");

        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(heading, page.QuerySelector("h1")!.TextContent);
        Assert.EndsWith($"/{culture}/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("hreflang")).ToList();
        Assert.Equal(["hy", "en", "ru", "x-default"], alternates);
        Assert.NotNull(page.QuerySelector("meta[property='og:title']"));
        Assert.Equal("true", page.QuerySelector($".languages a[hreflang={culture}]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task Every_page_shows_the_support_phones_as_tel_links()
    {
        var page = await new AdminBrowser(site).GetAsync("/en/");

        var phones = page.QuerySelectorAll(".site-footer a[href^='tel:+374']").ToList();
        Assert.NotEmpty(phones);
        Assert.All(phones, a => Assert.Matches(@"^tel:\+374\d{8}$", a.GetAttribute("href")!));
    }

    [Fact]
    public async Task The_home_page_loads_nothing_from_other_sites_and_allows_no_inline_script()
    {
        var response = await site.Anonymous().GetAsync("/hy/");
        var page = await AdminBrowser.ParseAsync(response);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        var resources = page.QuerySelectorAll("link[rel=stylesheet], script[src], img").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!);
        Assert.All(resources, url => Assert.StartsWith("/", url, StringComparison.Ordinal));
        Assert.Empty(page.QuerySelectorAll("script:not([src]), [style]"));
    }

    [Theory]
    [InlineData("/hy/no-such-page", "Էջը չի գտնվել")]
    [InlineData("/ru/no/such/page", "Страница не найдена")]
    [InlineData("/no-such-page", "Էջը չի գտնվել")]
    public async Task An_unknown_portal_address_gets_a_friendly_404_in_its_language(string url, string heading)
    {
        var response = await site.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(heading, (await AdminBrowser.ParseAsync(response)).QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Api_addresses_keep_problem_details_for_404()
    {
        var response = await site.Anonymous().GetAsync("/api/content/no-such-item");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Public_pages_are_cacheable_and_revalidate_to_304_until_something_is_published()
    {
        var client = site.Anonymous();
        var first = await client.GetAsync("/en/");
        Assert.Contains("public", first.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var etag = first.Headers.ETag!;

        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/en/");
        revalidate.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(revalidate)).StatusCode);

        var created = await site.Admin().PostJsonAsync("/api/content", Items.Platform($"Cache test {Guid.NewGuid():n}"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var afterPublish = new HttpRequestMessage(HttpMethod.Get, "/en/");
        afterPublish.Headers.IfNoneMatch.Add(etag);
        var response = await client.SendAsync(afterPublish);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
    }
}
