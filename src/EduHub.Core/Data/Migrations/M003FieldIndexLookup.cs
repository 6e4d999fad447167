namespace EduHub.Core.Data.Migrations;

/// <summary>
/// Field index rows are looked up per document (EXISTS filters, sort joins). An index on DocumentId alone
/// let SQLite, without statistics, pick the value index instead and go quadratic (8.9 s at 10k items, see
/// docs/performance.md); the covering index answers the lookup from the index alone.
/// </summary>
internal sealed class M003FieldIndexLookup : SqlMigration
{
    private static readonly (string Table, string Value)[] Tables =
    [
        ("TextFieldIndex", "NormalizedText"), ("NumericFieldIndex", "Value"), ("BooleanFieldIndex", "Value"),
        ("DateTimeFieldIndex", "Value"), ("ContentPickerFieldIndex", "SelectedContentItemId"), ("TaxonomyFieldIndex", "TermContentItemId"),
    ];

    public override int Version => 3;

    public override string Name => "Covering document lookup on field indexes";

    protected override IEnumerable<string> Statements(SqlDialect d)
    {
        foreach (var (table, value) in Tables)
        {
            yield return $"DROP INDEX IX_{table}_Document";
            yield return $"CREATE INDEX IX_{table}_Lookup ON {table} (DocumentId, ContentType, ContentPart, ContentField, {value})";
        }
    }
}
