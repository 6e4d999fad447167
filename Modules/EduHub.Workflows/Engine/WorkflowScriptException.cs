namespace EduHub.Workflows.Engine;

/// <summary>A template or script of a definition failed; the activity faults with this message.</summary>
internal sealed class WorkflowScriptException(string message) : Exception(message);
