using Ganss.Xss;

namespace EduHub.Core.Contents.Text;

/// <summary>
/// Cleans HTML from partners and editors on save (scripts, event handlers, javascript: URLs, styles that
/// hide content). Ids are kept because guides link to their own sections.
/// </summary>
public static class HtmlSanitizing
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Add("id");

        // Inline styles can hide text (display:none) or overlay the page; the portal's CSS styles content.
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer;
    }
}
