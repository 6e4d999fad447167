using EduHub.PortalTheme.Routing;
using Microsoft.AspNetCore.Http;

namespace EduHub.UnitTests.Themes.PortalTheme;

public sealed class PortalCulturesTests
{
    [Theory]
    [InlineData("/hy/platforms", "hy")]
    [InlineData("/ru", "ru")]
    [InlineData("/partners/en/listings", "en")]
    [InlineData("/partners", null)]
    [InlineData("/de/platforms", null)]
    [InlineData("/hyx/platforms", null)]
    [InlineData("/", null)]
    public void FromPath_reads_the_culture_segment(string path, string? expected) =>
        Assert.Equal(expected, PortalCultures.FromPath(new PathString(path)));

    [Theory]
    [InlineData("/hy/platforms", "?q=x", "en", "/en/platforms?q=x")]
    [InlineData("/hy/", "", "ru", "/ru/")]
    [InlineData("/hy", "", "ru", "/ru/")]
    [InlineData("/no-culture", "", "en", "/en/no-culture")]
    [InlineData("/partners/hy/listings", "", "en", "/partners/en/listings")]
    [InlineData("/partners", "", "ru", "/partners/ru/")]
    public void SwitchTo_swaps_or_adds_the_culture_segment(string path, string query, string culture, string expected) =>
        Assert.Equal(expected, PortalCultures.SwitchTo(new PathString(path), new QueryString(query), culture));

    [Theory]
    [InlineData("/api/graphql", false)]
    [InlineData("/admin/content", false)]
    [InlineData("/health", false)]
    [InlineData("/hy/", true)]
    [InlineData("/partners/hy/", true)]
    public void IsPortalPath_leaves_the_admin_and_apis_alone(string path, bool expected) =>
        Assert.Equal(expected, PortalCultures.IsPortalPath(new PathString(path)));
}
