namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>Sites with the setup recipe only (no demo content).</summary>
public sealed class EmptySqliteSite : SqliteSite
{
    protected override bool LoadDemo => false;
}

public sealed class EmptyPostgresSite : PostgresSite
{
    protected override bool LoadDemo => false;
}
