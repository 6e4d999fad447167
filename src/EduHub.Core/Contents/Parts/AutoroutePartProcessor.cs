using Dapper;
using EduHub.Core.Contents.Text;
using EduHub.Core.Data;
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
                context.Error("Path", $"The path '{path}' is already used by another item.", ContentErrorCodes.Duplicate,
                    new Dictionary<string, object> { [ContentErrorArguments.Label] = "Path", [ContentErrorArguments.Value] = path });
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

        // One query for the path and all its numbered siblings: probing "-2", "-3", ... one query each made every
        // save of a common title slower than the last (quadratic over a bulk import of similar names).
        var taken = await TakenSiblingsAsync(context, generated, culture, cancellationToken);
        var candidate = generated;
        for (var n = 2; taken.Contains(candidate); n++)
        {
            candidate = $"{generated}-{n}";
        }

        context.Part["Path"] = candidate;
    }

    /// <summary>Live paths (other items, same culture) equal to <paramref name="path"/> or starting with "<paramref name="path"/>-".</summary>
    private static async Task<HashSet<string>> TakenSiblingsAsync(PartContext context, string path, string? culture, CancellationToken cancellationToken)
    {
        var session = context.Validation.Session;

        // SQLite walks the Path index for GLOB (case-sensitive, like paths); PostgreSQL gets a LIKE.
        var siblings = session.Dialect.Provider == DatabaseProvider.Sqlite
            ? "Path GLOB @pattern"
            : "Path LIKE @pattern" + SqlDialect.LikeEscape;
        var pattern = session.Dialect.Provider == DatabaseProvider.Sqlite
            ? GlobLiteral(path + "-") + "*"
            : SqlDialect.LikePattern(path + "-", prefix: false, suffix: true);
        var paths = await session.Connection.QueryAsync<string>(new CommandDefinition(
            $"""
            SELECT Path FROM ContentItemIndex
            WHERE (Path = @path OR {siblings}) AND (Culture = @culture OR (Culture IS NULL AND @culture IS NULL))
              AND (Latest = TRUE OR Published = TRUE) AND ContentItemId <> @id
            """,
            new { path, pattern, culture, id = context.Item.ContentItemId }, session.Transaction, cancellationToken: cancellationToken));
        return paths.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>GLOB treats * ? [ as wildcards; each is matched literally inside brackets.</summary>
    private static string GlobLiteral(string text) =>
        string.Concat(text.Select(c => c is '*' or '?' or '[' ? $"[{c}]" : c.ToString()));

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
