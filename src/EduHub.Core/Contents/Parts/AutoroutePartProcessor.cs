using Dapper;
using EduHub.Core.Contents.Text;
using EduHub.Core.Data.Indexes;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Parts;

/// <summary>
/// Paths are unique per culture among live items. A generated path that is taken gets "-2", "-3", ...;
/// a custom path that is taken is an error, so nobody silently steals another page's address.
/// </summary>
internal sealed class AutoroutePartProcessor : IPartProcessor
{
    public string PartName => "AutoroutePart";

    public int Order => 30;

    public async Task ProcessAsync(PartContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings("AutoroutePartSettings");
        var custom = context.Part.GetString("Path")?.Trim();
        var culture = FieldIndexBuilder.ReadString(context.Item.Part("LocalizationPart")?["Culture"]);
        if (!string.IsNullOrEmpty(custom) && settings.GetBool("AllowCustomPath", fallback: true))
        {
            var path = Slug.NormalizePath(custom);
            if (path.Length == 0)
            {
                context.Error("Path", $"'{custom}' is not a usable path.");
            }
            else if (await IsTakenAsync(context, path, culture, cancellationToken))
            {
                context.Error("Path", $"The path '{path}' is already used by another item.", ContentErrorCodes.Duplicate);
            }

            context.Part["Path"] = path;
            return;
        }

        var pattern = settings.GetString("Pattern") is { Length: > 0 } p ? p : AutoroutePattern.Default;
        if (!AutoroutePattern.TryRender(pattern, context.Item, out var generated))
        {
            context.Error("Path", $"The route pattern '{pattern}' is not valid Liquid.");
            return;
        }

        if (generated.Length == 0)
        {
            generated = context.Item.ContentItemId;
        }

        var candidate = generated;
        for (var n = 2; await IsTakenAsync(context, candidate, culture, cancellationToken); n++)
        {
            candidate = $"{generated}-{n}";
        }

        context.Part["Path"] = candidate;
    }

    private static async Task<bool> IsTakenAsync(PartContext context, string path, string? culture, CancellationToken cancellationToken)
    {
        var session = context.Validation.Session;
        return await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            SELECT COUNT(*) FROM ContentItemIndex
            WHERE Path = @path AND (Culture = @culture OR (Culture IS NULL AND @culture IS NULL))
              AND (Latest = TRUE OR Published = TRUE) AND ContentItemId <> @id
            """,
            new { path, culture, id = context.Item.ContentItemId }, session.Transaction, cancellationToken: cancellationToken)) > 0;
    }
}
