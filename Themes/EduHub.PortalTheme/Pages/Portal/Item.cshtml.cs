using EduHub.Core.Contents;
using EduHub.PortalTheme.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewEngines;

namespace EduHub.PortalTheme.Pages.Portal;

/// <summary>
/// Any published item with a path (Orchard Core's autoroute): <c>/{culture}/{path}</c>. A translation in the URL's
/// culture is preferred (moving there when it lives at another path); without one the Armenian original is shown
/// with a notice. Each type renders through <c>Items/_{ContentType}.cshtml</c> when the theme has one.
/// </summary>
public sealed class ItemModel(PortalContent content, PortalTranslations translations, ICompositeViewEngine views) : PageModel
{
    public ContentItem Item { get; private set; } = null!;

    /// <summary>The partial that renders <see cref="Item"/>: the type's own, or the generic one.</summary>
    public string ItemPartial { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Alternates { get; private set; } = new Dictionary<string, string>();

    public bool IsFallback { get; private set; }

    public async Task<IActionResult> OnGetAsync(string culture, string path, CancellationToken cancellationToken)
    {
        var item = await content.ByPathAsync($"{culture}/{path}", cancellationToken) ?? await content.ByPathAsync(path, cancellationToken);
        if (item is null)
        {
            return NotFound();
        }

        var siblings = await translations.OfAsync(item, cancellationToken);
        if (PortalContent.CultureOf(item) != culture && siblings.TryGetValue(culture, out var translated))
        {
            return RedirectPermanent(PortalUrls.Item(culture, translated));
        }

        Item = item;
        IsFallback = PortalContent.CultureOf(item) != culture;
        Alternates = PortalCultures.All.ToDictionary(c => c, c => PortalUrls.Item(c, siblings.GetValueOrDefault(c) ?? siblings.GetValueOrDefault(PortalCultures.Default) ?? item));
        var own = $"/Pages/Portal/Items/_{item.ContentType}.cshtml";
        ItemPartial = views.GetView(executingFilePath: null, own, isMainPage: false).Success ? own : "/Pages/Portal/Items/_Generic.cshtml";
        return Page();
    }
}
