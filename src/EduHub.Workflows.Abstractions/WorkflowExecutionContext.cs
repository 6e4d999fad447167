using System.Text.Json.Nodes;
using EduHub.Core.Data;

namespace EduHub.Workflows.Abstractions;

/// <summary>
/// One run of an instance: its state, the open transaction everything it does is written in, and the
/// services of the run's scope (which acts as the system caller).
/// </summary>
public sealed class WorkflowExecutionContext(
    string instanceId, string workflowTypeId, string? correlationId, JsonObject input, JsonObject properties, JsonObject output,
    DbSession session, IServiceProvider services, IWorkflowExpressions expressions, TimeProvider clock)
{
    public string InstanceId { get; } = instanceId;

    public string WorkflowTypeId { get; } = workflowTypeId;

    /// <summary>The content item the instance is about, when there is one.</summary>
    public string? CorrelationId { get; } = correlationId;

    /// <summary>The input of the event that started or resumed this run.</summary>
    public JsonObject Input { get; } = input;

    /// <summary>Kept across runs (e.g. the problems found by a check, the last decision).</summary>
    public JsonObject Properties { get; } = properties;

    public JsonObject Output { get; } = output;

    public DbSession Session { get; } = session;

    public IServiceProvider Services { get; } = services;

    public IWorkflowExpressions Expressions { get; } = expressions;

    public TimeProvider Clock { get; } = clock;

    public DateTime UtcNow => Clock.GetUtcNow().UtcDateTime;

    /// <summary>How many transitions lead to an activity of the definition (joins wait for all of them).</summary>
    public Func<string, int> IncomingTransitions { get; init; } = _ => 0;

    /// <summary>Per-run memo (e.g. the correlated content item, loaded once).</summary>
    public Dictionary<string, object?> Items { get; } = new(StringComparer.Ordinal);

    /// <summary>Work to do once the run committed (sending mail, outbound calls that must not be repeated).</summary>
    public List<Func<Task>> AfterCommit { get; } = [];

    /// <summary>Renders a Liquid template against this run.</summary>
    public Task<string> RenderAsync(string? template, CancellationToken cancellationToken) =>
        string.IsNullOrEmpty(template) ? Task.FromResult("") : Expressions.RenderAsync(template, this, cancellationToken);
}
