using System.Data;

namespace EduHub.Bench;

/// <summary>The INSERT statements of a new published version, as the engine's store writes them.</summary>
internal static class RawStatements
{
    private const string Field = "DocumentId, ContentType, ContentPart, ContentField";

    public const string Item = """
        INSERT INTO ContentItemIndex (ContentItemId, ContentItemVersionId, ContentType, VersionNumber, Latest, Published, Deleted,
            DisplayText, DisplayTextNormalized, Owner, Author, CreatedUtc, ModifiedUtc, PublishedUtc, Culture, LocalizationSet, Path, Alias)
        VALUES (@id, @version, @type, 1, TRUE, TRUE, FALSE, @text, @folded, 'system', 'system', @now, @now, @now, @culture, @set, @path, NULL)
        RETURNING Id
        """;

    public const string Document = "INSERT INTO ContentDocuments (Id, Content) VALUES (@d, @content)";
    public const string Text = $"INSERT INTO TextFieldIndex ({Field}, Text, NormalizedText) VALUES (@d, @t, @p, @f, @v, @n)";
    public const string Numeric = $"INSERT INTO NumericFieldIndex ({Field}, Value) VALUES (@d, @t, @p, @f, @v)";
    public const string Boolean = $"INSERT INTO BooleanFieldIndex ({Field}, Value) VALUES (@d, @t, @p, @f, @v)";
    public const string Date = $"INSERT INTO DateTimeFieldIndex ({Field}, Value) VALUES (@d, @t, @p, @f, @v)";
    public const string Picker = $"INSERT INTO ContentPickerFieldIndex ({Field}, SelectedContentItemId, Position) VALUES (@d, @t, @p, @f, @v, @n)";
    public const string Term = $"INSERT INTO TaxonomyFieldIndex ({Field}, TaxonomyContentItemId, TermContentItemId) VALUES (@d, @t, @p, @f, @v, @n)";

    public const string Audit = """
        INSERT INTO AuditLog (Utc, UserName, Action, ContentItemId, ContentType, FromVersionId, ToVersionId, Details)
        VALUES (@now, 'system', 'Created', @id, @type, NULL, @version, 'published')
        """;

    public const string Task = "INSERT INTO IndexingTasks (ContentItemId, ContentType, Kind, CreatedUtc) VALUES (@id, @type, 'Update', @now)";

    public static readonly (string, DbType)[] ItemParameters =
    [
        ("id", DbType.String), ("version", DbType.String), ("type", DbType.String), ("text", DbType.String), ("folded", DbType.String),
        ("now", DbType.DateTime), ("culture", DbType.String), ("set", DbType.String), ("path", DbType.String),
    ];

    public static readonly (string, DbType)[] FieldParameters = [("d", DbType.Int64), ("t", DbType.String), ("p", DbType.String), ("f", DbType.String)];
}
