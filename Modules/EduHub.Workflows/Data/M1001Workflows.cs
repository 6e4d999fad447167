using EduHub.Core.Data;
using EduHub.Core.Data.Migrations;

namespace EduHub.Workflows.Data;

/// <summary>
/// The workflow tables. Module migrations are numbered in their own thousand (Workflows: 1001, 1002, ...)
/// so they never collide with Core's numbers; the migrator applies every registered step it has not applied.
/// </summary>
internal sealed class M1001Workflows : SqlMigration
{
    public override int Version => 1001;

    public override string Name => "Workflows: types, instances, tasks, outbox, notifications, review history";

    protected override IEnumerable<string> Statements(SqlDialect d)
    {
        yield return $"CREATE TABLE WorkflowTypes (WorkflowTypeId VARCHAR(64) NOT NULL PRIMARY KEY, Name VARCHAR(255) NOT NULL, IsEnabled {d.Bool} NOT NULL, Document TEXT NOT NULL, ChangedUtc {d.Timestamp} NOT NULL)";
        yield return $"""
            CREATE TABLE WorkflowInstances (
                Id VARCHAR(26) NOT NULL PRIMARY KEY,
                WorkflowTypeId VARCHAR(64) NOT NULL,
                CorrelationId VARCHAR(64) NULL,
                Status VARCHAR(16) NOT NULL,
                BlockingNames VARCHAR(1024) NULL,
                NextDueUtc {d.Timestamp} NULL,
                SingletonKey VARCHAR(160) NULL,
                State TEXT NOT NULL,
                Error TEXT NULL,
                CreatedUtc {d.Timestamp} NOT NULL,
                UpdatedUtc {d.Timestamp} NOT NULL,
                Version {d.BigInt} NOT NULL
            )
            """;
        // One running instance per singleton workflow type and correlation, enforced by the database.
        yield return "CREATE UNIQUE INDEX UX_WorkflowInstances_Singleton ON WorkflowInstances (SingletonKey)";
        yield return "CREATE INDEX IX_WorkflowInstances_Due ON WorkflowInstances (Status, NextDueUtc)";
        yield return "CREATE INDEX IX_WorkflowInstances_Correlation ON WorkflowInstances (CorrelationId, Status)";
        yield return "CREATE INDEX IX_WorkflowInstances_Type ON WorkflowInstances (WorkflowTypeId, Status, UpdatedUtc)";
        yield return $"""
            CREATE TABLE WorkflowTasks (
                Id VARCHAR(26) NOT NULL PRIMARY KEY,
                InstanceId VARCHAR(26) NOT NULL,
                ActivityId VARCHAR(64) NOT NULL,
                ContentItemId VARCHAR(26) NULL,
                ContentType VARCHAR(255) NULL,
                Title TEXT NOT NULL,
                Actions TEXT NOT NULL,
                Roles TEXT NOT NULL,
                AssignedUser VARCHAR(255) NULL,
                DueUtc {d.Timestamp} NULL,
                CreatedUtc {d.Timestamp} NOT NULL,
                Status VARCHAR(16) NOT NULL,
                CompletedBy VARCHAR(255) NULL,
                CompletedAction VARCHAR(64) NULL,
                Comment TEXT NULL,
                CompletedUtc {d.Timestamp} NULL
            )
            """;
        yield return "CREATE INDEX IX_WorkflowTasks_Status ON WorkflowTasks (Status, DueUtc)";
        yield return "CREATE INDEX IX_WorkflowTasks_Instance ON WorkflowTasks (InstanceId)";
        yield return $"""
            CREATE TABLE WorkflowOutbox (
                Id {d.IdentityKey},
                Kind VARCHAR(16) NOT NULL,
                Payload TEXT NOT NULL,
                CreatedUtc {d.Timestamp} NOT NULL,
                ClaimedUtc {d.Timestamp} NULL,
                SentUtc {d.Timestamp} NULL,
                Attempts INTEGER NOT NULL,
                Error TEXT NULL
            )
            """;
        yield return "CREATE INDEX IX_WorkflowOutbox_Pending ON WorkflowOutbox (SentUtc, Id)";
        yield return $"""
            CREATE TABLE Notifications (
                Id {d.IdentityKey},
                UserName VARCHAR(255) NOT NULL,
                Utc {d.Timestamp} NOT NULL,
                Subject TEXT NOT NULL,
                Body TEXT NOT NULL,
                ContentItemId VARCHAR(26) NULL,
                ReadUtc {d.Timestamp} NULL
            )
            """;
        yield return "CREATE INDEX IX_Notifications_User ON Notifications (UserName, Id)";
        yield return $"""
            CREATE TABLE ReviewHistory (
                Id {d.IdentityKey},
                ContentItemId VARCHAR(26) NOT NULL,
                ContentType VARCHAR(255) NULL,
                Utc {d.Timestamp} NOT NULL,
                UserName VARCHAR(255) NULL,
                Action VARCHAR(64) NOT NULL,
                Comment TEXT NULL,
                FromState VARCHAR(32) NULL,
                ToState VARCHAR(32) NULL,
                InstanceId VARCHAR(26) NULL
            )
            """;
        yield return "CREATE INDEX IX_ReviewHistory_Item ON ReviewHistory (ContentItemId, Id)";
    }
}
