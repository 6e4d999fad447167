using System.Text.Encodings.Web;
using EduHub.ContentEditing.Diffing;
using Microsoft.AspNetCore.Html;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>One side of a word diff as HTML, written in one piece so no template white space slips between the words.</summary>
internal static class DiffHtml
{
    /// <param name="old">The old side (removed runs in &lt;del&gt;) or the new side (added runs in &lt;ins&gt;).</param>
    public static IHtmlContent Side(IEnumerable<DiffSegment> segments, bool old)
    {
        var html = new System.Text.StringBuilder();
        foreach (var segment in segments)
        {
            var text = HtmlEncoder.Default.Encode(segment.Text);
            switch (segment.Kind)
            {
                case DiffSegmentKind.Same:
                    html.Append(text);
                    break;
                case DiffSegmentKind.Removed when old:
                    html.Append("<del class=\"diff-removed\">").Append(text).Append("</del>");
                    break;
                case DiffSegmentKind.Added when !old:
                    html.Append("<ins class=\"diff-added\">").Append(text).Append("</ins>");
                    break;
            }
        }

        return new HtmlString(html.ToString());
    }
}
