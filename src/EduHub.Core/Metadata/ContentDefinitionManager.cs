using System.Text.Json;
using Dapper;
using EduHub.Core.Data;

namespace EduHub.Core.Metadata;

/// <summary>
/// Stores content definitions as one versioned document and serves an immutable snapshot. A save on
/// this node is seen at once; other nodes notice the new version within <see cref="RecheckInterval"/>.
/// </summary>
public sealed class ContentDefinitionManager(Database database, TimeProvider clock)
{
    public static readonly TimeSpan RecheckInterval = TimeSpan.FromSeconds(1);

    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    private ContentDefinitionSnapshot _snapshot = ContentDefinitionSnapshot.Empty;
    private bool _loaded;
    private DateTimeOffset _checkedAt;

    /// <summary>Raised after a new definitions version is known on this node (GraphQL schema, caches).</summary>
    public event Action<ContentDefinitionSnapshot>? Changed;

    public async Task<ContentDefinitionSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_loaded && now - _checkedAt < RecheckInterval)
        {
            return _snapshot;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        var latest = await connection.ExecuteScalarAsync<long?>(new CommandDefinition("SELECT MAX(Version) FROM ContentDefinitions", cancellationToken: cancellationToken)) ?? 0;
        if (!_loaded || latest != _snapshot.Version)
        {
            var json = latest == 0 ? null : await connection.ExecuteScalarAsync<string>(new CommandDefinition(
                "SELECT Document FROM ContentDefinitions WHERE Version = @latest", new { latest }, cancellationToken: cancellationToken));
            Publish(new ContentDefinitionSnapshot(latest, Parse(json)));
        }

        _loaded = true;
        _checkedAt = now;
        return _snapshot;
    }

    /// <summary>The definitions as seen inside an open session (a recipe sees its own uncommitted changes).</summary>
    public async Task<ContentDefinitionSnapshot> GetAsync(DbSession session, CancellationToken cancellationToken)
    {
        if (session.Items.TryGetValue(nameof(ContentDefinitionSnapshot), out var pending))
        {
            return (ContentDefinitionSnapshot)pending;
        }

        return await GetAsync(cancellationToken);
    }

    /// <summary>Saves a new version inside the session; visible to this node once the session commits.</summary>
    public async Task<ContentDefinitionSnapshot> SaveAsync(DbSession session, ContentDefinitionDocument document, string? author, CancellationToken cancellationToken)
    {
        var current = await session.Connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MAX(Version) FROM ContentDefinitions", transaction: session.Transaction, cancellationToken: cancellationToken)) ?? 0;
        var version = current + 1;
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ContentDefinitions (Version, Document, CreatedUtc, Author) VALUES (@version, @json, @now, @author)",
            new { version, json = JsonSerializer.Serialize(document, JsonOptions), now = clock.GetUtcNow().UtcDateTime, author },
            session.Transaction, cancellationToken: cancellationToken));
        var snapshot = new ContentDefinitionSnapshot(version, document);
        await Data.Indexes.FieldIndexBackfill.RunAsync(session, await GetAsync(session, cancellationToken), snapshot, cancellationToken);
        session.Items[nameof(ContentDefinitionSnapshot)] = snapshot;
        session.AfterCommit(() =>
        {
            Publish(snapshot);
            return Task.CompletedTask;
        });
        return snapshot;
    }

    /// <summary>The newest definitions versions: when and by whom each was saved (the admin's history).</summary>
    public async Task<IReadOnlyList<DefinitionVersion>> HistoryAsync(int take, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        // Not `await using`: Dapper's reader disposes its command only in Dispose() (docs/performance-graphql.md, "Seventh run").
        using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT Version, CreatedUtc, Author FROM ContentDefinitions ORDER BY Version DESC LIMIT @take", new { take }, cancellationToken: cancellationToken));
        var versions = new List<DefinitionVersion>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(new DefinitionVersion(reader.GetInt64(0), reader.GetUtc(1) ?? DateTime.MinValue, reader.GetNullableString(2)));
        }

        return versions;
    }

    private void Publish(ContentDefinitionSnapshot snapshot)
    {
        if (snapshot.Version < _snapshot.Version)
        {
            return;
        }

        _snapshot = snapshot;
        _loaded = true;
        _checkedAt = clock.GetUtcNow();
        Changed?.Invoke(snapshot);
    }

    private static ContentDefinitionDocument Parse(string? json) =>
        json is null ? new ContentDefinitionDocument() : JsonSerializer.Deserialize<ContentDefinitionDocument>(json, JsonOptions) ?? new();
}
