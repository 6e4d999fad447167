using System.Text.Json.Nodes;

namespace EduHub.Workflows.Abstractions;

/// <summary>
/// One kind of step of a workflow (Orchard Core's activity): an event waits for something to happen,
/// a task does something and continues. Registered as a service by the module that owns it; the
/// definition refers to it by <see cref="Name"/> and configures it through its <c>Properties</c>.
/// </summary>
public abstract class WorkflowActivity
{
    /// <summary>The name used in workflow definitions, e.g. <c>PublishContentTask</c>.</summary>
    public abstract string Name { get; }

    /// <summary>Events can start a workflow and are where an instance halts.</summary>
    public virtual bool IsEvent => false;

    /// <summary>The outcomes this activity may produce with these properties (checked at import).</summary>
    public abstract IReadOnlyList<string> Outcomes(ActivityProperties properties);

    /// <summary>Reports what is wrong with the properties (at import): nothing means valid.</summary>
    public virtual void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
    }

    /// <summary>May this event start (or resume) a workflow for this input (e.g. content type filter)?</summary>
    public virtual bool CanHandle(ActivityProperties properties, JsonObject input) => true;

    /// <summary>Runs the activity. Events reached inside a flow halt there by default.</summary>
    public virtual Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken) =>
        Task.FromResult(IsEvent ? ActivityResult.Halt() : ActivityResult.Done());

    /// <summary>The event happened: a workflow starts or resumes here with the event's input.</summary>
    public virtual Task<ActivityResult> ResumeAsync(WorkflowExecutionContext context, ActivityProperties properties, BlockingActivity? blocking, CancellationToken cancellationToken) =>
        Task.FromResult(ActivityResult.Done());

    /// <summary>The due time of a halted event passed (timers, reminders).</summary>
    public virtual Task<ActivityResult> DueAsync(WorkflowExecutionContext context, ActivityProperties properties, BlockingActivity blocking, CancellationToken cancellationToken) =>
        ResumeAsync(context, properties, blocking, cancellationToken);
}
