using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;

namespace EduHub.UnitTests.Core.Contents.Parts;

public sealed class AutoroutePatternTests
{
    [Fact]
    public void TryRender_DefaultPattern_IsTheSlugOfTheDisplayText()
    {
        Assert.True(AutoroutePattern.TryRender(AutoroutePattern.Default, Item("Platform", "Երևանի դպրոց No 5"), out var path));
        Assert.Equal("yerevani-dprots-no-5", path);
    }

    [Fact]
    public void TryRender_PrefixAndSlugify_BuildsAPathOfSegments()
    {
        Assert.True(AutoroutePattern.TryRender("platforms/{{ ContentItem.DisplayText | slugify }}", Item("Platform", "Ayb School"), out var path));
        Assert.Equal("platforms/ayb-school", path);
    }

    [Fact]
    public void TryRender_OtherMetadata_IsAvailable()
    {
        Assert.True(AutoroutePattern.TryRender("{{ ContentItem.ContentType }}/{{ ContentItem.DisplayText }}", Item("SafetyGuide", "Ինչ անել"), out var path));
        Assert.Equal("safetyguide/inch-anel", path);
    }

    [Fact]
    public void TryRender_WithoutSlugify_StillNormalizesThePath()
    {
        Assert.True(AutoroutePattern.TryRender("News/{{ ContentItem.DisplayText }}", Item("News", "Դպրոցները բացվում են 14.09"), out var path));
        Assert.Equal("news/dprotsnery-batsvum-yen-14-09", path);
    }

    [Fact]
    public void TryRender_NoDisplayText_IsAnEmptyPath()
    {
        Assert.True(AutoroutePattern.TryRender(AutoroutePattern.Default, Item("Platform", null), out var path));
        Assert.Equal("", path);
    }

    [Theory]
    [InlineData("{{ ContentItem.DisplayText ")]
    [InlineData("{% if %}")]
    public void TryRender_InvalidLiquid_IsRefused(string pattern) =>
        Assert.False(AutoroutePattern.TryRender(pattern, Item("Platform", "Dasaran"), out _));

    private static ContentItem Item(string type, string? displayText) =>
        new() { ContentItemId = IdGenerator.NewId(), ContentType = type, DisplayText = displayText };
}
