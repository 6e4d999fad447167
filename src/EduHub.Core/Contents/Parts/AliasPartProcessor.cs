using System.Text.RegularExpressions;
using Dapper;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Parts;

/// <summary>A stable handle for an item ("regions") that apps and recipes can use instead of its id.</summary>
internal sealed partial class AliasPartProcessor : IPartProcessor
{
    public string PartName => "AliasPart";

    public int Order => 20;

    public async Task ProcessAsync(PartContext context, CancellationToken cancellationToken)
    {
        var alias = context.Part.GetString("Alias")?.Trim().ToLowerInvariant();
        context.Part["Alias"] = string.IsNullOrEmpty(alias) ? null : alias;
        if (string.IsNullOrEmpty(alias))
        {
            return;
        }

        if (!AliasFormat().IsMatch(alias))
        {
            context.Error("Alias", "An alias uses only a-z, 0-9, '-', '_' and '/' (at most 255 characters).");
            return;
        }

        var session = context.Validation.Session;
        var taken = await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM ContentItemIndex WHERE Alias = @alias AND Latest = TRUE AND ContentItemId <> @id",
            new { alias, id = context.Item.ContentItemId }, session.Transaction, cancellationToken: cancellationToken));
        if (taken > 0)
        {
            context.Error("Alias", $"The alias '{alias}' is already used.", ContentErrorCodes.Duplicate,
                new Dictionary<string, object> { [ContentErrorArguments.Label] = "Alias", [ContentErrorArguments.Value] = alias });
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_/-]{0,254}$")]
    private static partial Regex AliasFormat();
}
