using EduHub.Core.Data;
using Microsoft.Data.Sqlite;

namespace EduHub.UnitTests.Core.Data;

/// <summary>On SQLite an item's index row is read as one JSON array; every value must come through as the columns would.</summary>
public sealed class ItemRowsTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public ItemRowsTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE ContentItemIndex (Id INTEGER PRIMARY KEY, ContentItemId TEXT NOT NULL, ContentItemVersionId TEXT NOT NULL,
                ContentType TEXT NOT NULL, Latest INTEGER NOT NULL, Published INTEGER NOT NULL, Owner TEXT NULL, CreatedUtc TEXT NULL,
                ModifiedUtc TEXT NULL, PublishedUtc TEXT NULL, DisplayText TEXT NULL, Author TEXT NULL);
            INSERT INTO ContentItemIndex VALUES (7, 'item1', 'version1', 'Platform', 1, 0, 'editor', '2026-03-16 08:05:09.1234567',
                '2026-11-30 23:59:59', NULL, 'Երևանի «Գիտելիք» "quoted" \ back' || char(10) || 'line', NULL);
            INSERT INTO ContentItemIndex VALUES (9007199254740993, 'item2', 'version2', 'School', 0, 1, NULL, NULL, NULL,
                '2026-01-02T03:04:05.5', NULL, 'Ереван');
            """;
        create.ExecuteNonQuery();
    }

    [Fact]
    public void Every_value_of_a_row_reads_back_from_its_json_array()
    {
        var rows = Read();

        var (id, item) = rows[0];
        Assert.Equal(7, id);
        Assert.Equal(("item1", "version1", "Platform"), (item.ContentItemId, item.ContentItemVersionId, item.ContentType));
        Assert.True(item.Latest);
        Assert.False(item.Published);
        Assert.Equal("editor", item.Owner);
        Assert.Equal(new DateTime(2026, 3, 16, 8, 5, 9, DateTimeKind.Utc).AddTicks(1234567), item.CreatedUtc);
        Assert.Equal(DateTimeKind.Utc, item.CreatedUtc!.Value.Kind);
        Assert.Equal(new DateTime(2026, 11, 30, 23, 59, 59, DateTimeKind.Utc), item.ModifiedUtc);
        Assert.Null(item.PublishedUtc);
        Assert.Equal("Երևանի «Գիտելիք» \"quoted\" \\ back\nline", item.DisplayText);
        Assert.Null(item.Author);
    }

    [Fact]
    public void Nulls_flags_large_ids_and_T_separated_dates_read_back()
    {
        var (id, item) = Read()[1];

        Assert.Equal(9007199254740993, id);
        Assert.False(item.Latest);
        Assert.True(item.Published);
        Assert.Null(item.Owner);
        Assert.Null(item.CreatedUtc);
        Assert.Equal(new DateTime(2026, 1, 2, 3, 4, 5, 500, DateTimeKind.Utc), item.PublishedUtc);
        Assert.Null(item.DisplayText);
        Assert.Equal("Ереван", item.Author);
    }

    /// <summary>Type, owner and author are shared with the previous row when equal: a changed or escaped value must never be taken for the last one.</summary>
    [Fact]
    public void Repeating_type_owner_and_author_values_read_back_row_by_row()
    {
        using (var insert = _connection.CreateCommand())
        {
            insert.CommandText = """
                INSERT INTO ContentItemIndex VALUES (9007199254741001, 'a', 'va', 'Platform', 1, 1, 'ann', NULL, NULL, NULL, NULL, 'say "hi"');
                INSERT INTO ContentItemIndex VALUES (9007199254741002, 'b', 'vb', 'Platform', 1, 1, 'ann', NULL, NULL, NULL, NULL, 'say "hi"');
                INSERT INTO ContentItemIndex VALUES (9007199254741003, 'c', 'vc', 'PlatformX', 1, 1, 'annа', NULL, NULL, NULL, NULL, 'say "hi" ');
                INSERT INTO ContentItemIndex VALUES (9007199254741004, 'd', 'vd', 'Platform', 1, 1, NULL, NULL, NULL, NULL, NULL, NULL);
                INSERT INTO ContentItemIndex VALUES (9007199254741005, 'e', 've', 'Platform', 1, 1, 'ann', NULL, NULL, NULL, NULL, 'say "hi"');
                """;
            insert.ExecuteNonQuery();
        }

        var rows = Read().Skip(2).Select(r => r.Item).ToList();

        Assert.Equal(["Platform", "Platform", "PlatformX", "Platform", "Platform"], rows.Select(i => i.ContentType));
        Assert.Equal(["ann", "ann", "annа", null, "ann"], rows.Select(i => i.Owner));
        Assert.Equal(["say \"hi\"", "say \"hi\"", "say \"hi\" ", null, "say \"hi\""], rows.Select(i => i.Author));

        // (Whether equal values share one string is not asserted: other tests read rows at the same time.)
    }

    [Fact]
    public void In_matches_any_number_of_values_with_one_statement_text()
    {
        Assert.Equal(["item1"], Ids("c.ContentItemId", ["item1", "missing"]));
        Assert.Equal(["item1", "item2"], Ids("c.ContentItemId", ["item2", "it'em\"3", "item1"]));
        Assert.Empty(Ids<string>("c.ContentItemId", []));
        Assert.Equal(["item2"], Ids("c.Id", [9007199254740993L, 8L]));
        Assert.Equal(ItemRows.In(SqlDialect.Sqlite, "c.Id", "i"), ItemRows.In(SqlDialect.Sqlite, "c.Id", "i"));
    }

    private List<string> Ids<T>(string column, IReadOnlyList<T> values)
    {
        using var select = _connection.CreateCommand();
        select.CommandText = $"SELECT c.ContentItemId FROM ContentItemIndex c WHERE {ItemRows.In(SqlDialect.Sqlite, column, "i")} ORDER BY c.ContentItemId";
        ItemRows.AddValues(select, SqlDialect.Sqlite, "i", values);
        using var reader = select.ExecuteReader();
        var ids = new List<string>();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    public void Dispose() => _connection.Dispose();

    private List<(long Id, EduHub.Core.Contents.ContentItem Item)> Read()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = $"SELECT 0, {ItemRows.Columns(SqlDialect.Sqlite)} FROM ContentItemIndex c ORDER BY c.Id";
        using var reader = select.ExecuteReader();
        var rows = new List<(long, EduHub.Core.Contents.ContentItem)>();
        while (reader.Read())
        {
            rows.Add(ItemRows.Read(reader, 1, SqlDialect.Sqlite));
        }

        return rows;
    }
}
