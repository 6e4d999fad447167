using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Versions;

/// <summary>
/// The item's translations (one item per culture in its localization set) and, for a missing culture, a new draft
/// copied from this item as a starting point, as Orchard Core's localization does.
/// </summary>
public sealed class TranslationsModel(
    ContentManager content, ContentDefinitionManager definitions, ContentQueryService queries, ContentCallerAccessor callers, CultureSettings cultureSettings,
    IStringLocalizer<HistoryText> t) : PageModel
{
    private const string Localization = "LocalizationPart";
    private const string CultureProperty = "Culture";

    public sealed record Translation(string Culture, ContentItem? Item);

    public string Id { get; private set; } = "";

    public ContentItem Item { get; private set; } = new();

    public string TypeName { get; private set; } = "";

    public string? Culture { get; private set; }

    public bool Translatable { get; private set; }

    public IReadOnlyList<Translation> Translations { get; private set; } = [];

    public string? Error { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(string id, string? culture, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } failed)
        {
            return failed;
        }

        if (!Translatable)
        {
            return Problem(StatusCodes.Status400BadRequest, t["Items of this type have no translations."]);
        }

        if (Translations.FirstOrDefault(x => x.Culture == culture) is not { } target)
        {
            return Problem(StatusCodes.Status400BadRequest, t["Choose one of the site's languages: {0}.", string.Join(", ", Translations.Select(x => x.Culture))]);
        }

        if (target.Item is not null)
        {
            return Problem(StatusCodes.Status409Conflict, t["The {0} translation of this item already exists: edit it instead of creating another one.", target.Culture]);
        }

        var copy = await content.NewAsync(Item.ContentType, cancellationToken);
        if (copy is null)
        {
            return NotFound();
        }

        copy.DisplayText = Item.DisplayText;
        copy.Content = (JsonObject)Item.Content.DeepClone();
        copy.GetOrCreatePart(Localization)[CultureProperty] = target.Culture;
        copy.GetOrCreatePart(Localization)["LocalizationSet"] = Item.Part(Localization)?.GetString("LocalizationSet");

        // The copy gets its own address and alias, and is not published on the original's schedule.
        copy.Part("AutoroutePart")?.Remove("Path");
        copy.Part("AliasPart")?.Remove("Alias");
        copy.Part("PublishLaterPart")?.Remove("ScheduledPublishUtc");
        var result = await content.CreateAsync(copy, publish: false, cancellationToken);
        if (!result.Succeeded)
        {
            Errors = result.ErrorList.Select(e => e.Message).ToList();
            var duplicate = result.ErrorList.Any(e => e.Code == ContentErrorCodes.Duplicate && e.Path.EndsWith(".Culture", StringComparison.Ordinal));
            return Problem(
                duplicate ? StatusCodes.Status409Conflict : result.Status == ContentResultStatus.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest,
                duplicate
                    ? t["The {0} translation of this item already exists: edit it instead of creating another one.", target.Culture]
                    : t["The {0} translation could not be created: {1}", target.Culture, result.Message ?? result.Status.ToString()]);
        }

        TempData["Notice"] = t["The {0} translation was created as a draft, copied from the {1} version. Translate it and publish it when it is ready.", target.Culture, Culture ?? ""].Value;
        return Redirect($"/admin/content/item/{result.Item!.ContentItemId}");
    }

    private PageResult Problem(int status, string message)
    {
        Response.StatusCode = status;
        Error = message;
        return Page();
    }

    /// <returns>Null when the page can be shown; otherwise 404 or 403.</returns>
    private async Task<IActionResult?> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (!IdGenerator.IsValid(id))
        {
            return NotFound();
        }

        if (await content.GetAsync(id, VersionOptions.Latest, cancellationToken) is not { } item)
        {
            return await content.GetAsync(id, VersionOptions.Published, cancellationToken) is null ? NotFound() : Forbid(IdentityConstants.ApplicationScheme);
        }

        var snapshot = await definitions.GetAsync(cancellationToken);
        var caller = await callers.GetAsync(cancellationToken);
        if (snapshot.GetType(item.ContentType) is not { } type || !caller.May(ContentVerb.Edit, type, item.Owner))
        {
            return Forbid(IdentityConstants.ApplicationScheme);
        }

        Id = id;
        Item = item;
        TypeName = type.DisplayName ?? type.Name;
        Culture = item.Part(Localization)?.GetString(CultureProperty);
        var set = item.Part(Localization)?.GetString("LocalizationSet");
        Translatable = snapshot.HasPart(type.Name, Localization) && !string.IsNullOrEmpty(set);
        if (!Translatable)
        {
            return null;
        }

        var page = await queries.QueryAsync(new ContentQuery
        {
            ContentTypes = [type.Name],
            Status = ContentStatus.Latest,
            Where = new MetadataFilter(MetadataField.LocalizationSet, FilterOperator.Equals, set),
            Take = 100,
        }, cancellationToken);
        var siblings = page.Items.Where(i => i.ContentItemId != id).Append(item).ToList();
        var (_, supported) = await cultureSettings.GetAsync(cancellationToken);
        Translations = supported
            .Select(c => new Translation(c, siblings.FirstOrDefault(s => string.Equals(CultureOf(s), c, StringComparison.Ordinal))))
            .ToList();
        return null;
    }

    private static string? CultureOf(ContentItem item) => item.Part(Localization)?.GetString(CultureProperty);
}
