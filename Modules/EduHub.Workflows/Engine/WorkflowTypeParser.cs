using System.Text.Json.Nodes;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Models;

namespace EduHub.Workflows.Engine;

/// <summary>
/// Reads a definition in Orchard Core's shape and checks it: every activity known, every transition between
/// existing activities on an outcome the source can produce, every property valid, at least one start event.
/// </summary>
internal sealed class WorkflowTypeParser(ActivityLibrary library, IWorkflowExpressions expressions, EduHub.Core.Data.DbSession? session = null)
{
    public (WorkflowType? Type, IReadOnlyList<(string Path, string Problem)> Errors) Parse(JsonObject json)
    {
        var errors = new List<(string, string)>();
        var id = Text(json, "WorkflowTypeId");
        var name = Text(json, "Name");
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            errors.Add(("WorkflowTypeId", "A workflow type needs a WorkflowTypeId (at most 64 characters)."));
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(("Name", "A workflow type needs a Name."));
        }

        var activities = new List<ActivityRecord>();
        var outcomes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var activityArray = json["Activities"] as JsonArray ?? [];
        for (var i = 0; i < activityArray.Count; i++)
        {
            var path = $"Activities[{i}]";
            if (activityArray[i] is not JsonObject a)
            {
                errors.Add((path, "An activity must be a JSON object."));
                continue;
            }

            var activityId = Text(a, "ActivityId");
            var activityName = Text(a, "Name");
            var properties = a["Properties"] as JsonObject ?? [];
            if (string.IsNullOrWhiteSpace(activityId) || outcomes.ContainsKey(activityId))
            {
                errors.Add(($"{path}.ActivityId", string.IsNullOrWhiteSpace(activityId) ? "An activity needs an ActivityId." : $"Duplicate ActivityId '{activityId}'."));
                continue;
            }

            var activity = library.Find(activityName ?? "", session);
            if (activity is null)
            {
                errors.Add(($"{path}.Name", $"Unknown activity '{activityName}' (known: {string.Join(", ", library.Names(session))})."));
                continue;
            }

            var isStart = a["IsStart"] is JsonValue s && s.TryGetValue<bool>(out var start) && start;
            if (isStart && !activity.IsEvent)
            {
                errors.Add(($"{path}.IsStart", $"Only events can start a workflow; '{activity.Name}' is a task."));
            }

            var props = new ActivityProperties(activityId, properties);
            var problems = new List<string>();
            activity.Validate(props, expressions, problems);
            errors.AddRange(problems.Select(p => ($"{path}.Properties", p)));
            outcomes[activityId] = activity.Outcomes(props);
            activities.Add(new ActivityRecord(activityId, activity.Name, Number(a, "X"), Number(a, "Y"), isStart, properties));
        }

        if (activityArray.Count > 0 && !activities.Any(a => a.IsStart) && errors.Count == 0)
        {
            errors.Add(("Activities", "No activity has IsStart: true; nothing could ever start this workflow."));
        }

        var transitions = new List<TransitionRecord>();
        var transitionArray = json["Transitions"] as JsonArray ?? [];
        for (var i = 0; i < transitionArray.Count; i++)
        {
            var path = $"Transitions[{i}]";
            if (transitionArray[i] is not JsonObject t)
            {
                errors.Add((path, "A transition must be a JSON object."));
                continue;
            }

            var source = Text(t, "SourceActivityId") ?? "";
            var outcome = Text(t, "SourceOutcomeName") ?? "";
            var destination = Text(t, "DestinationActivityId") ?? "";
            if (!outcomes.TryGetValue(source, out var possible))
            {
                errors.Add(($"{path}.SourceActivityId", $"Dangling transition: no activity '{source}'."));
                continue;
            }

            if (!outcomes.ContainsKey(destination))
            {
                errors.Add(($"{path}.DestinationActivityId", $"Dangling transition: no activity '{destination}'."));
                continue;
            }

            if (!possible.Contains(outcome, StringComparer.Ordinal))
            {
                errors.Add(($"{path}.SourceOutcomeName", $"Activity '{source}' has no outcome '{outcome}' (it has: {string.Join(", ", possible)})."));
                continue;
            }

            transitions.Add(new TransitionRecord(source, outcome, destination));
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var type = new WorkflowType(id!, name!, Flag(json, "IsEnabled", true), Flag(json, "IsSingleton", false), Flag(json, "DeleteFinishedWorkflows", false),
            activities, transitions, (JsonObject)json.DeepClone());
        return (type, errors);
    }

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static bool Flag(JsonObject o, string name, bool fallback) => o[name] is JsonValue v && v.TryGetValue<bool>(out var b) ? b : fallback;

    private static double Number(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<double>(out var d) ? d : 0;
}
