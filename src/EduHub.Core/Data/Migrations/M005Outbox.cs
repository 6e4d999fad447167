namespace EduHub.Core.Data.Migrations;

/// <summary>
/// Slow reactions (e-mail) recorded in the database by the request and carried out by a background worker on
/// any node: a crash between the two loses nothing, and the request's answer does not wait for them.
/// </summary>
internal sealed class M005Outbox : SqlMigration
{
    public override int Version => 5;

    public override string Name => "Outbox";

    protected override IEnumerable<string> Statements(SqlDialect d)
    {
        yield return $"""
            CREATE TABLE Outbox (
                Id {d.IdentityKey},
                Kind VARCHAR(100) NOT NULL,
                Payload TEXT NOT NULL,
                CreatedUtc {d.Timestamp} NOT NULL,
                DueUtc {d.Timestamp} NOT NULL,
                Attempts INTEGER NOT NULL,
                ClaimedUntilUtc {d.Timestamp} NULL,
                FailedUtc {d.Timestamp} NULL,
                LastError TEXT NULL
            )
            """;
        yield return "CREATE INDEX IX_Outbox_Due ON Outbox (FailedUtc, DueUtc)";
    }
}
