namespace EduHub.Workflows;

/// <summary>
/// Marker for the workflow admin's strings: <c>IStringLocalizer&lt;WorkflowsText&gt;</c> reads
/// <c>Resources/WorkflowsText.{hy,ru}.resx</c>; the English text is the key.
/// </summary>
public sealed class WorkflowsText;
