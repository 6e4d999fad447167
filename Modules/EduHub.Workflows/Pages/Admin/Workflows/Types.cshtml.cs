using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Admin;
using EduHub.Core.Data;
using EduHub.Core.Recipes;
using EduHub.Core.Security;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Recipes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace EduHub.Workflows.Pages.Admin.Workflows;

/// <summary>
/// Workflow types: list, enable/disable, import (checked by the <c>WorkflowType</c> recipe step itself: one bad
/// definition stores nothing) and links to each type's diagram and JSON export.
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + Permissions.ManageWorkflows)]
internal sealed class TypesModel(
    WorkflowTypeStore types, WorkflowTypeParserFactory parsers, DbSessionScope sessions, RecipeExecutor recipes, ContentCallerAccessor callers,
    IStringLocalizer<WorkflowsText> t) : PageModel
{
    private const int MaxUploadBytes = 1024 * 1024;

    public sealed record TypeRow(string Id, string Name, bool IsEnabled, int Activities, int Transitions);

    public IReadOnlyList<TypeRow> Types { get; private set; } = [];

    [BindProperty]
    public string? Definition { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await DeniedAsync(cancellationToken) ?? await PageAsync(cancellationToken);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        if (await DeniedAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        var text = Definition;
        if (Upload is { Length: > 0 })
        {
            if (Upload.Length > MaxUploadBytes)
            {
                return await RefuseAsync(nameof(Upload), t["The file is larger than 1 MB."], cancellationToken);
            }

            using var reader = new StreamReader(Upload.OpenReadStream(), Encoding.UTF8);
            text = await reader.ReadToEndAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return await RefuseAsync(nameof(Definition), t["Paste a workflow type's JSON or choose a file."], cancellationToken);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            return await RefuseAsync(nameof(Definition), t["{0}: not valid JSON ({1}).", e.Path ?? "$", e.Message], cancellationToken);
        }

        if (node is not (JsonObject or JsonArray))
        {
            return await RefuseAsync(nameof(Definition), t["$: a workflow type (a JSON object) or an array of them is expected."], cancellationToken);
        }

        var single = node is JsonObject;
        var step = new JsonObject { ["name"] = "WorkflowType", ["data"] = single ? new JsonArray(node) : node };
        try
        {
            await sessions.RunAsync(session => new WorkflowTypeStep(parsers, types).ExecuteAsync(new RecipeStepContext(step, 0, session, recipes), cancellationToken), cancellationToken);
        }
        catch (RecipeException e)
        {
            return await RefuseAsync(nameof(Definition), $"{RelativePath(e.JsonPath, single)}: {e.Problem}", cancellationToken);
        }

        var imported = ((JsonArray)step["data"]!).OfType<JsonObject>().Select(o => (string?)o["Name"]).ToList();
        TempData["Notice"] = t["Imported: {0}.", string.Join(", ", imported)].Value;
        return Redirect("/admin/workflows/types");
    }

    public async Task<IActionResult> OnPostEnableAsync(string id, bool enable, CancellationToken cancellationToken)
    {
        if (await DeniedAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        var found = await sessions.RunAsync(async session =>
        {
            if (await types.GetAsync(session, id, cancellationToken) is not { } type)
            {
                return false;
            }

            var json = (JsonObject)type.Json.DeepClone();
            json["IsEnabled"] = enable;
            await types.SaveAsync(session, type with { IsEnabled = enable, Json = json }, cancellationToken);
            return true;
        }, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        TempData["Notice"] = (enable ? t["Workflow type “{0}” enabled.", id] : t["Workflow type “{0}” disabled: running instances continue, no new ones start.", id]).Value;
        return Redirect("/admin/workflows/types");
    }

    /// <summary>The step's path (<c>$.steps[0].data[0].Activities[3].Name</c>) as a path in what the user pasted.</summary>
    internal static string RelativePath(string stepPath, bool single)
    {
        const string prefix = "$.steps[0].data";
        if (!stepPath.StartsWith(prefix, StringComparison.Ordinal))
        {
            return stepPath;
        }

        var rest = stepPath[prefix.Length..];
        if (single && rest.StartsWith("[0]", StringComparison.Ordinal))
        {
            rest = rest[3..];
        }

        return "$" + rest;
    }

    private async Task<IActionResult?> DeniedAsync(CancellationToken cancellationToken) =>
        (await callers.GetAsync(cancellationToken)).Has(Permissions.ManageWorkflows) ? null : Forbid(IdentityConstants.ApplicationScheme);

    private async Task<IActionResult> RefuseAsync(string key, string message, CancellationToken cancellationToken)
    {
        ModelState.AddModelError(key, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await PageAsync(cancellationToken);
    }

    private async Task<IActionResult> PageAsync(CancellationToken cancellationToken)
    {
        Types = (await types.ListAsync(cancellationToken)).Select(json => new TypeRow(
            (string?)json["WorkflowTypeId"] ?? "",
            (string?)json["Name"] ?? "",
            json["IsEnabled"] is not JsonValue enabled || !enabled.TryGetValue<bool>(out var isEnabled) || isEnabled,
            (json["Activities"] as JsonArray)?.Count ?? 0,
            (json["Transitions"] as JsonArray)?.Count ?? 0)).ToList();
        return Page();
    }
}
