using System.Text.Json;
using Dapper;
using EduHub.Core.Data;

namespace EduHub.Core.Metadata.Editing;

/// <summary>
/// Applies admin changes to the content definitions: each one to a copy of the current document, validated,
/// previewed (how many existing items it touches) and saved as a new definitions version.
/// </summary>
public sealed class ContentDefinitionEditor(ContentDefinitionManager definitions, DbSessionScope sessions)
{
    /// <summary>What <paramref name="edit"/> would do, without saving.</summary>
    public async Task<DefinitionEditResult> PreviewAsync(DefinitionEdit edit, CancellationToken cancellationToken) =>
        await sessions.ReadAsync(session => RunAsync(session, edit, save: null, cancellationToken), cancellationToken);

    /// <summary>Applies and saves <paramref name="edit"/> as a new definitions version by <paramref name="author"/>.</summary>
    public async Task<DefinitionEditResult> ApplyAsync(DefinitionEdit edit, string? author, CancellationToken cancellationToken) =>
        await sessions.RunAsync(session => RunAsync(session, edit, save: author ?? "admin", cancellationToken), cancellationToken);

    private async Task<DefinitionEditResult> RunAsync(DbSession session, DefinitionEdit edit, string? save, CancellationToken cancellationToken)
    {
        var current = await definitions.GetAsync(session, cancellationToken);
        var document = JsonSerializer.Deserialize<ContentDefinitionDocument>(JsonSerializer.Serialize(current.Document, ContentDefinitionManager.JsonOptions), ContentDefinitionManager.JsonOptions)!;
        if (edit.Apply(document) is { } problem)
        {
            return new DefinitionEditResult(problem, 0, edit.Impact, current.Version);
        }

        var items = await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM ContentItemIndex WHERE ContentType = @type AND Latest = TRUE",
            new { type = edit.TypeName }, session.Transaction, cancellationToken: cancellationToken));
        var version = save is null ? current.Version : (await definitions.SaveAsync(session, document, save, cancellationToken)).Version;
        return new DefinitionEditResult(null, items, edit.Impact, version);
    }
}
