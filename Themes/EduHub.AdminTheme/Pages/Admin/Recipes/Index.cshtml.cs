using System.Text;
using EduHub.Core.Metadata;
using EduHub.Core.Recipes;
using EduHub.Core.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Pages.Admin.Recipes;

/// <summary>
/// Import a recipe (pasted or uploaded), first as a dry run that shows what would change, and export
/// definitions and content as a recipe. Recipes run as the system in a scope of their own, in one transaction.
/// </summary>
[RequestFormLimits(ValueLengthLimit = MaxRecipeBytes + 1024, MultipartBodyLengthLimit = MaxRecipeBytes + 65536)]
public sealed class IndexModel(IServiceScopeFactory scopes, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<RecipesText> t) : PageModel
{
    /// <summary>Larger recipes go through the CLI (<c>-- recipe run</c>), which streams and shows progress.</summary>
    public const int MaxRecipeBytes = 5 * 1024 * 1024;

    [BindProperty]
    public string? RecipeJson { get; set; }

    [BindProperty]
    public IFormFile? RecipeFile { get; set; }

    public RecipeDryRun? Preview { get; private set; }

    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];

    public bool CanImport { get; private set; }

    public bool CanExport { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await AllowedAsync(import: false, cancellationToken) ? Page() : Forbid();

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(import: true, cancellationToken))
        {
            return Forbid();
        }

        if (await ReadRecipeAsync(cancellationToken) is not { } recipe)
        {
            return Page();
        }

        await using var scope = scopes.CreateAsyncScope();
        try
        {
            Preview = await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().DryRunAsync(recipe, cancellationToken);
        }
        catch (RecipeException e)
        {
            ModelState.AddModelError(nameof(RecipeJson), Describe(e));
        }

        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(import: true, cancellationToken))
        {
            return Forbid();
        }

        if (await ReadRecipeAsync(cancellationToken) is not { } recipe)
        {
            return Page();
        }

        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await scope.ServiceProvider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, cancellationToken);
        }
        catch (RecipeException e)
        {
            ModelState.AddModelError(nameof(RecipeJson), Describe(e));
            return Page();
        }

        TempData["Notice"] = t["The recipe \"{0}\" was imported.", recipe.Name].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostExportAsync(string[] types, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(import: false, cancellationToken) || !CanExport)
        {
            return Forbid();
        }

        if (types.Length == 0)
        {
            ModelState.AddModelError("types", t["Choose at least one content type to export."]);
            return Page();
        }

        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var recipe = await scope.ServiceProvider.GetRequiredService<RecipeExporter>().ExportAsync(types, cancellationToken);
            var json = recipe.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            return File(Encoding.UTF8.GetBytes(json), "application/json", "eduhub-export.recipe.json");
        }
        catch (RecipeException e)
        {
            ModelState.AddModelError("types", e.Problem);
            return Page();
        }
    }

    /// <summary>The page opens for importers and exporters; each action checks its own permission.</summary>
    private async Task<bool> AllowedAsync(bool import, CancellationToken cancellationToken)
    {
        var caller = await callers.GetAsync(cancellationToken);
        CanImport = caller.Has(CorePermissions.ImportRecipes);
        CanExport = caller.Has(CorePermissions.ExportContent);
        Types = [.. (await definitions.GetAsync(cancellationToken)).Types.OrderBy(x => x.DisplayName ?? x.Name, StringComparer.CurrentCulture)];
        return import ? CanImport : CanImport || CanExport;
    }

    private async Task<RecipeDocument?> ReadRecipeAsync(CancellationToken cancellationToken)
    {
        var text = RecipeJson;
        if (RecipeFile is { Length: > 0 } file)
        {
            if (file.Length > MaxRecipeBytes)
            {
                ModelState.AddModelError(nameof(RecipeFile), t["The file is larger than {0} MB; run it with the command line instead.", MaxRecipeBytes / 1024 / 1024]);
                return null;
            }

            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
            text = await reader.ReadToEndAsync(cancellationToken);
            RecipeJson = text;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            ModelState.AddModelError(nameof(RecipeJson), t["Paste a recipe or choose a file."]);
            return null;
        }

        try
        {
            return RecipeDocument.Parse(text);
        }
        catch (RecipeException e)
        {
            ModelState.AddModelError(nameof(RecipeJson), Describe(e));
            return null;
        }
    }

    private string Describe(RecipeException e) =>
        e.StepIndex is { } step ? t["Step {0} ({1}) at {2}: {3}", step + 1, e.StepName ?? "", e.JsonPath, e.Problem] : t["At {0}: {1}", e.JsonPath, e.Problem];
}
