using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace EduHub.Core.Indexing;

/// <summary>Text of an HTML fragment for indexing: text nodes joined by spaces, scripts and styles dropped.</summary>
public static class HtmlText
{
    private static readonly HtmlParser Parser = new();

    public static string? Extract(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        if (!html.Contains('<', StringComparison.Ordinal) && !html.Contains('&', StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<body>" + html + "</body>");
        var texts = document.Body!.Descendants<IText>()
            .Where(t => t.ParentElement is not { LocalName: "script" or "style" or "template" })
            .Select(t => t.Data.Trim())
            .Where(t => t.Length > 0);
        return string.Join(' ', texts);
    }
}
