namespace EduHub.Workflows.Abstractions;

/// <summary>Names of the input values events pass to a workflow.</summary>
public static class WorkflowInput
{
    public const string ContentItemId = "ContentItemId";
    public const string ContentType = "ContentType";
    public const string UserName = "UserName";
    public const string Organization = "OrganizationContentItemId";
}
