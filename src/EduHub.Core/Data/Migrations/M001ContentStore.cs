namespace EduHub.Core.Data.Migrations;

/// <summary>
/// Content versions (metadata index + JSON documents), per-kind field indexes keyed by
/// type + part + field (so two same-kind fields of one type never mix), definitions, features,
/// settings, audit and the indexing-task log.
/// </summary>
internal sealed class M001ContentStore : SqlMigration
{
    public override int Version => 1;

    public override string Name => "Content store";

    protected override IEnumerable<string> Statements(SqlDialect d)
    {
        yield return $"""
            CREATE TABLE ContentItemIndex (
                Id {d.IdentityKey},
                ContentItemId VARCHAR(26) NOT NULL,
                ContentItemVersionId VARCHAR(26) NOT NULL,
                ContentType VARCHAR(255) NOT NULL,
                VersionNumber INTEGER NOT NULL,
                Latest {d.Bool} NOT NULL,
                Published {d.Bool} NOT NULL,
                Deleted {d.Bool} NOT NULL,
                DisplayText TEXT NULL,
                DisplayTextNormalized TEXT NULL,
                Owner VARCHAR(255) NULL,
                Author VARCHAR(255) NULL,
                CreatedUtc {d.Timestamp} NULL,
                ModifiedUtc {d.Timestamp} NULL,
                PublishedUtc {d.Timestamp} NULL,
                Culture VARCHAR(16) NULL,
                LocalizationSet VARCHAR(26) NULL,
                Path VARCHAR(1024) NULL,
                Alias VARCHAR(255) NULL
            )
            """;
        yield return "CREATE UNIQUE INDEX IX_ContentItemIndex_VersionId ON ContentItemIndex (ContentItemVersionId)";
        // The invariants "one latest, at most one published version per item" are enforced by the database itself.
        yield return "CREATE UNIQUE INDEX UX_ContentItemIndex_OneLatest ON ContentItemIndex (ContentItemId) WHERE Latest = TRUE";
        yield return "CREATE UNIQUE INDEX UX_ContentItemIndex_OnePublished ON ContentItemIndex (ContentItemId) WHERE Published = TRUE";
        yield return "CREATE INDEX IX_ContentItemIndex_ItemId ON ContentItemIndex (ContentItemId, Latest, Published)";
        yield return "CREATE INDEX IX_ContentItemIndex_Type_Published ON ContentItemIndex (ContentType, Published, ModifiedUtc)";
        yield return "CREATE INDEX IX_ContentItemIndex_Type_Latest ON ContentItemIndex (ContentType, Latest, ModifiedUtc)";
        yield return "CREATE INDEX IX_ContentItemIndex_DisplayText ON ContentItemIndex (ContentType, DisplayTextNormalized)";
        yield return "CREATE INDEX IX_ContentItemIndex_Path ON ContentItemIndex (Path)";
        yield return "CREATE INDEX IX_ContentItemIndex_Alias ON ContentItemIndex (Alias)";
        yield return "CREATE INDEX IX_ContentItemIndex_Localization ON ContentItemIndex (LocalizationSet, Culture)";
        yield return $"CREATE TABLE ContentDocuments (Id {d.BigInt} NOT NULL PRIMARY KEY, Content TEXT NOT NULL)";

        foreach (var (table, columns) in FieldIndexTables(d))
        {
            yield return $"""
                CREATE TABLE {table} (
                    DocumentId {d.BigInt} NOT NULL,
                    ContentType VARCHAR(255) NOT NULL,
                    ContentPart VARCHAR(255) NOT NULL,
                    ContentField VARCHAR(255) NOT NULL,
                    {columns}
                )
                """;
            yield return $"CREATE INDEX IX_{table}_Document ON {table} (DocumentId)";
        }

        yield return "CREATE INDEX IX_TextFieldIndex_Value ON TextFieldIndex (ContentType, ContentPart, ContentField, NormalizedText)";
        yield return "CREATE INDEX IX_NumericFieldIndex_Value ON NumericFieldIndex (ContentType, ContentPart, ContentField, Value)";
        yield return "CREATE INDEX IX_BooleanFieldIndex_Value ON BooleanFieldIndex (ContentType, ContentPart, ContentField, Value)";
        yield return "CREATE INDEX IX_DateTimeFieldIndex_Value ON DateTimeFieldIndex (ContentType, ContentPart, ContentField, Value)";
        yield return "CREATE INDEX IX_ContentPickerFieldIndex_Value ON ContentPickerFieldIndex (SelectedContentItemId, ContentType, ContentPart, ContentField)";
        yield return "CREATE INDEX IX_TaxonomyFieldIndex_Value ON TaxonomyFieldIndex (TermContentItemId, ContentType, ContentPart, ContentField)";

        yield return $"CREATE TABLE ContentDefinitions (Version {d.BigInt} NOT NULL PRIMARY KEY, Document TEXT NOT NULL, CreatedUtc {d.Timestamp} NOT NULL, Author VARCHAR(255) NULL)";
        yield return $"CREATE TABLE Features (Id VARCHAR(255) NOT NULL PRIMARY KEY, Enabled {d.Bool} NOT NULL, ChangedUtc {d.Timestamp} NOT NULL)";
        yield return $"CREATE TABLE SiteSettings (Name VARCHAR(255) NOT NULL PRIMARY KEY, Value TEXT NOT NULL, ChangedUtc {d.Timestamp} NOT NULL)";
        yield return $"""
            CREATE TABLE AuditLog (
                Id {d.IdentityKey},
                Utc {d.Timestamp} NOT NULL,
                UserName VARCHAR(255) NULL,
                Action VARCHAR(64) NOT NULL,
                ContentItemId VARCHAR(26) NULL,
                ContentType VARCHAR(255) NULL,
                FromVersionId VARCHAR(26) NULL,
                ToVersionId VARCHAR(26) NULL,
                Details TEXT NULL
            )
            """;
        yield return "CREATE INDEX IX_AuditLog_Item ON AuditLog (ContentItemId, Id)";
        yield return $"""
            CREATE TABLE IndexingTasks (
                Id {d.IdentityKey},
                ContentItemId VARCHAR(26) NOT NULL,
                ContentType VARCHAR(255) NOT NULL,
                Kind VARCHAR(16) NOT NULL,
                CreatedUtc {d.Timestamp} NOT NULL
            )
            """;
    }

    private static IEnumerable<(string Table, string Columns)> FieldIndexTables(SqlDialect d) =>
    [
        ("TextFieldIndex", "Text TEXT NULL, NormalizedText TEXT NULL"),
        ("NumericFieldIndex", $"Value {d.Real} NULL"),
        ("BooleanFieldIndex", $"Value {d.Bool} NULL"),
        ("DateTimeFieldIndex", $"Value {d.Timestamp} NULL"),
        ("ContentPickerFieldIndex", "SelectedContentItemId VARCHAR(26) NOT NULL, Position INTEGER NOT NULL"),
        ("TaxonomyFieldIndex", "TaxonomyContentItemId VARCHAR(26) NULL, TermContentItemId VARCHAR(26) NOT NULL"),
    ];
}
