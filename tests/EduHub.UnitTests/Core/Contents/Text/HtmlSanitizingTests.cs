using EduHub.Core.Contents.Text;

namespace EduHub.UnitTests.Core.Contents.Text;

public sealed class HtmlSanitizingTests
{
    [Fact]
    public void Sanitize_ScriptElement_IsRemoved() =>
        Assert.Equal("<p>Բարև</p>", HtmlSanitizing.Sanitize("<p>Բարև</p><script>alert(1)</script>"));

    [Fact]
    public void Sanitize_EventHandlerAttribute_IsRemoved() =>
        Assert.DoesNotContain("onerror", HtmlSanitizing.Sanitize("<img src=\"https://ayb.am/logo.png\" onerror=\"alert(1)\">"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Sanitize_ImageWithEventHandler_KeepsTheImage() =>
        Assert.Contains("src=\"https://ayb.am/logo.png\"", HtmlSanitizing.Sanitize("<img src=\"https://ayb.am/logo.png\" onerror=\"alert(1)\">"), StringComparison.Ordinal);

    [Fact]
    public void Sanitize_JavascriptHref_IsRemovedButLinkTextStays() =>
        Assert.Equal("<a>click</a>", HtmlSanitizing.Sanitize("<a href=\"javascript:alert(1)\">click</a>"));

    [Fact]
    public void Sanitize_Iframe_IsRemoved() =>
        Assert.DoesNotContain("iframe", HtmlSanitizing.Sanitize("<p>x</p><iframe src=\"https://evil.example\"></iframe>"), StringComparison.OrdinalIgnoreCase);

    [Fact]
    public void Sanitize_IdAttribute_IsKeptForInPageLinks() =>
        Assert.Equal("<h2 id=\"passwords\">Գաղտնաբառեր</h2><a href=\"#passwords\">↑</a>",
            HtmlSanitizing.Sanitize("<h2 id=\"passwords\">Գաղտնաբառեր</h2><a href=\"#passwords\">↑</a>"));

    [Fact]
    public void Sanitize_OrdinaryMarkup_IsUnchanged()
    {
        const string html = "<p><strong>Կարևոր.</strong> Read the <a href=\"https://escs.am/en/news/6170\">guide</a>.</p><ul><li>one</li><li>two</li></ul>";
        Assert.Equal(html, HtmlSanitizing.Sanitize(html));
    }

    [Fact]
    public void Sanitize_MailtoAndTelLinks_AreKept()
    {
        const string html = "<a href=\"mailto:info@ayb.am\">mail</a> <a href=\"tel:+37410578455\">call</a>";
        Assert.Equal(html, HtmlSanitizing.Sanitize(html));
    }

    [Fact]
    public void Sanitize_StyleThatHidesContent_IsRemoved() =>
        Assert.DoesNotContain("display", HtmlSanitizing.Sanitize("<p style=\"display:none\">buy cheap links</p>"), StringComparison.OrdinalIgnoreCase);
}
