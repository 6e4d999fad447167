namespace EduHub.Workflows.Models;

/// <summary>The life of an instance (stored as the name).</summary>
internal enum WorkflowStatus
{
    Idle,
    Executing,
    Halted,
    Finished,
    Faulted,
    Aborted,
}
