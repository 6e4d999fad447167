using EduHub.Core.Data;
using EduHub.Core.Modules;
using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Engine;

/// <summary>The activities of enabled features, by name (inside a recipe: as the recipe's session sees the features).</summary>
internal sealed class ActivityLibrary(IEnumerable<WorkflowActivity> activities, FeatureGate features)
{
    private readonly IReadOnlyList<WorkflowActivity> _all = activities.ToList();

    public WorkflowActivity? Find(string name, DbSession? session = null) =>
        Active(session).FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));

    public IEnumerable<string> Names(DbSession? session = null) => Active(session).Select(a => a.Name).Order(StringComparer.Ordinal);

    private IEnumerable<WorkflowActivity> Active(DbSession? session) => session is null ? features.Active(_all) : features.Active(_all, session);
}
