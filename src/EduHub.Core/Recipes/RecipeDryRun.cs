using System.Text.Json;
using Dapper;
using EduHub.Core.Data;
using EduHub.Core.Metadata;

namespace EduHub.Core.Recipes;

/// <summary>What a recipe would change, found by running it in a transaction that is rolled back.</summary>
public sealed record RecipeDryRun(IReadOnlyList<RecipeStepPreview> Steps, IReadOnlyList<string> TypesAdded, IReadOnlyList<string> TypesChanged)
{
    public bool ChangesContent => Steps.Any(s => s.ContentChanges.Count > 0);

    internal static RecipeDryRun Create(IReadOnlyList<RecipeStepPreview> steps, ContentDefinitionSnapshot before, ContentDefinitionSnapshot after)
    {
        var added = new List<string>();
        var changed = new List<string>();
        foreach (var type in after.Types)
        {
            if (before.GetType(type.Name) is not { } old)
            {
                added.Add(type.Name);
            }
            else if (Serialize(old) != Serialize(type) || PartsChanged(before, after, type))
            {
                changed.Add(type.Name);
            }
        }

        return new RecipeDryRun(steps, added, changed);
    }

    internal static Task<long> LastAuditIdAsync(DbSession session, CancellationToken cancellationToken) =>
        session.Connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COALESCE(MAX(Id), 0) FROM AuditLog", transaction: session.Transaction, cancellationToken: cancellationToken));

    internal static async Task<IReadOnlyList<RecipeContentChange>> ContentChangesSinceAsync(DbSession session, long afterId, CancellationToken cancellationToken)
    {
        var rows = await session.Connection.QueryAsync<(string? ContentType, string Action, long Count)>(new CommandDefinition(
            "SELECT ContentType, Action, COUNT(*) FROM AuditLog WHERE Id > @afterId GROUP BY ContentType, Action ORDER BY ContentType, Action",
            new { afterId }, session.Transaction, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new RecipeContentChange(r.ContentType ?? "", r.Action, (int)r.Count))];
    }

    private static bool PartsChanged(ContentDefinitionSnapshot before, ContentDefinitionSnapshot after, ContentTypeDefinition type) =>
        type.ContentTypePartDefinitionRecords.Any(p => Serialize(before.GetPart(p.PartName)) != Serialize(after.GetPart(p.PartName)));

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, ContentDefinitionManager.JsonOptions);
}
