using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Workflows;

/// <summary>
/// Sites whose workflow background worker never ticks on its own (its interval is longer than any clock move in
/// the tests): tests run its rounds explicitly, so what they assert never races a background round.
/// </summary>
public sealed class WorkflowSqliteSite : SqliteSite
{
    protected override IReadOnlyDictionary<string, string?> Settings => WorkflowSiteSettings.Values;
}

public sealed class WorkflowPostgresSite : PostgresSite
{
    protected override IReadOnlyDictionary<string, string?> Settings => WorkflowSiteSettings.Values;
}

internal static class WorkflowSiteSettings
{
    public static readonly IReadOnlyDictionary<string, string?> Values = new Dictionary<string, string?>
    {
        ["EduHub:Workflows:WorkerInterval"] = "40.00:00:00",
        ["EduHub:Partners:SignUpsPerHour"] = "1000",
    };
}
