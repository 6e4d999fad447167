namespace EduHub.Core.Data.Migrations;

/// <summary>One step of the database schema. Steps are applied in order, each in its own transaction, and never edited once shipped.</summary>
public interface ISchemaMigration
{
    int Version { get; }

    string Name { get; }

    Task ApplyAsync(DbSession session, CancellationToken cancellationToken);
}
