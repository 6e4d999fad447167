using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Admin;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EduHub.Workflows.Pages.Admin.Workflows;

/// <summary>One workflow type as a read-only diagram (activities in flow order, each outcome and where it leads) and its JSON export.</summary>
[Authorize(Policy = AdminPolicies.Prefix + Permissions.ManageWorkflows)]
internal sealed class TypeModel(WorkflowTypeStore types, WorkflowTypeParserFactory parsers, ActivityLibrary library, ContentCallerAccessor callers) : PageModel
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public sealed record Step(int Number, ActivityRecord Activity, bool IsEvent, IReadOnlyList<(string Outcome, IReadOnlyList<string> Targets)> Outcomes);

    public string Id { get; private set; } = "";

    public string TypeName { get; private set; } = "";

    public bool IsEnabled { get; private set; }

    public IReadOnlyList<Step> Steps { get; private set; } = [];

    public IReadOnlyDictionary<string, int> Numbers { get; private set; } = new Dictionary<string, int>();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } json)
        {
            return NotFound();
        }

        if (parsers.Create().Parse(json).Type is not { } type)
        {
            // Stored definitions were checked at import; one that no longer parses (a module's activity switched off) shows as JSON only.
            Id = id;
            TypeName = (string?)json["Name"] ?? id;
            return Page();
        }

        Id = type.WorkflowTypeId;
        TypeName = type.Name;
        IsEnabled = type.IsEnabled;
        var ordered = FlowOrder(type);
        Numbers = ordered.Select((a, i) => (a.ActivityId, i + 1)).ToDictionary(p => p.ActivityId, p => p.Item2, StringComparer.Ordinal);
        Steps = ordered.Select((a, i) =>
        {
            var activity = library.Find(a.Name);
            var outcomes = activity?.Outcomes(new ActivityProperties(a.ActivityId, a.Properties)).ToList() ?? [];
            outcomes.AddRange(type.Transitions.Where(t => t.SourceActivityId == a.ActivityId).Select(t => t.SourceOutcomeName).Where(o => !outcomes.Contains(o)).Distinct());
            return new Step(i + 1, a, activity?.IsEvent ?? false, outcomes.Select(o => (o, (IReadOnlyList<string>)type.Next(a.ActivityId, o).ToList())).ToList());
        }).ToList();
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string id, CancellationToken cancellationToken) =>
        await FindAsync(id, cancellationToken) is { } json
            ? File(Encoding.UTF8.GetBytes(json.ToJsonString(Indented)), "application/json", $"{id}.workflow.json")
            : NotFound();

    /// <summary>Start events first, then breadth-first along the transitions; activities nothing leads to come last.</summary>
    private static List<ActivityRecord> FlowOrder(WorkflowType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<ActivityRecord>();
        var queue = new Queue<ActivityRecord>(type.Activities.Where(a => a.IsStart));
        while (queue.Count > 0)
        {
            var activity = queue.Dequeue();
            if (!seen.Add(activity.ActivityId))
            {
                continue;
            }

            ordered.Add(activity);
            foreach (var next in type.Transitions.Where(t => t.SourceActivityId == activity.ActivityId).Select(t => type.Activity(t.DestinationActivityId)).OfType<ActivityRecord>())
            {
                queue.Enqueue(next);
            }
        }

        ordered.AddRange(type.Activities.Where(a => !seen.Contains(a.ActivityId)));
        return ordered;
    }

    private async Task<JsonObject?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await callers.GetAsync(cancellationToken)).Has(Permissions.ManageWorkflows)
            ? (await types.ListAsync(cancellationToken)).FirstOrDefault(j => (string?)j["WorkflowTypeId"] == id)
            : null;
}
