using System.Text.Json.Nodes;

namespace EduHub.Workflows.Abstractions;

/// <summary>Liquid (Fluid) for texts, JavaScript (Jint, sandboxed) for conditions and scripts.</summary>
public interface IWorkflowExpressions
{
    Task<string> RenderAsync(string template, WorkflowExecutionContext context, CancellationToken cancellationToken);

    /// <summary>Runs a script; returns its completion value as JSON and the outcomes it set with <c>setOutcome</c>.</summary>
    Task<ScriptResult> EvaluateAsync(string script, WorkflowExecutionContext context, CancellationToken cancellationToken);

    /// <summary>A syntax error in the template, or null (import validation).</summary>
    string? CheckTemplate(string template);

    /// <summary>A syntax error in the script, or null (import validation).</summary>
    string? CheckScript(string script);
}

public sealed record ScriptResult(JsonNode? Value, IReadOnlyList<string> Outcomes);
