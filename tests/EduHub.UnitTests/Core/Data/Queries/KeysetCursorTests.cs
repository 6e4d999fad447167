using System.Text;
using EduHub.Core.Data;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.UnitTests.Core.Data.Queries;

public sealed class KeysetCursorTests
{
    [Fact]
    public void Decode_OfEncode_ReturnsTheKeysAndId()
    {
        var cursor = KeysetCursor.Encode(["Երևան", null, "2020-03-16T00:00:00.0000000Z"], 42);
        var (keys, id) = KeysetCursor.Decode(cursor, 3);
        Assert.Equal(["Երևան", null, "2020-03-16T00:00:00.0000000Z"], keys);
        Assert.Equal(42, id);
    }

    [Fact]
    public void Encode_IsUrlSafe()
    {
        var cursor = KeysetCursor.Encode(["??>>~~ ÿÿ ?/+="], long.MaxValue);
        Assert.DoesNotContain(cursor, c => c is '+' or '/' or '=');
    }

    [Fact]
    public void Decode_CursorOfAnotherSortOrder_ThrowsContentQueryException() =>
        Assert.Throws<ContentQueryException>(() => KeysetCursor.Decode(KeysetCursor.Encode(["a"], 1), 2));

    [Theory]
    [InlineData("")]
    [InlineData("not a cursor!")]
    [InlineData("e30")]
    [InlineData("bnVsbA")]
    [InlineData("W10")]
    [InlineData("a")]
    public void Decode_Garbage_ThrowsContentQueryException(string cursor) =>
        Assert.Throws<ContentQueryException>(() => KeysetCursor.Decode(cursor, 1));

    [Fact]
    public void Decode_TruncatedCursor_ThrowsContentQueryException()
    {
        var cursor = KeysetCursor.Encode(["Dasaran"], 7);
        Assert.Throws<ContentQueryException>(() => KeysetCursor.Decode(cursor[..^3], 1));
    }

    [Fact]
    public void Decode_EveryTamperedCharacter_ThrowsOnlyContentQueryException()
    {
        var cursor = KeysetCursor.Encode(["Dasaran", "2020-03-16T00:00:00.0000000Z"], 1214409);
        var unexpected = new List<string>();
        for (var i = 0; i < cursor.Length; i++)
        {
            foreach (var replacement in "A_7z")
            {
                var tampered = cursor[..i] + replacement + cursor[(i + 1)..];
                try
                {
                    KeysetCursor.Decode(tampered, 2);
                }
                catch (ContentQueryException)
                {
                }
                catch (Exception e)
                {
                    unexpected.Add($"{tampered}: {e.GetType().Name}");
                }
            }
        }

        Assert.True(unexpected.Count == 0, string.Join(Environment.NewLine, unexpected));
    }

    [Fact]
    public void PageSql_ForgedCursorWithANonDateKey_ThrowsContentQueryException()
    {
        // The default order is ModifiedUtc descending, so the cursor's only key must be a date.
        var forged = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"K":["not a date"],"I":1}""")).TrimEnd('=');
        var builder = new ContentSqlBuilder(ContentDefinitionSnapshot.Empty, new ContentQuery { After = forged }, ContentCaller.System, SqlDialect.Sqlite);
        Assert.Throws<ContentQueryException>(() => builder.PageSql());
    }

    [Fact]
    public void PageSql_ValidCursor_StartsAfterTheCursorRow()
    {
        var cursor = KeysetCursor.Encode([KeysetCursor.Format(new DateTime(2020, 3, 16, 0, 0, 0, DateTimeKind.Utc))], 99);
        var builder = new ContentSqlBuilder(ContentDefinitionSnapshot.Empty, new ContentQuery { After = cursor }, ContentCaller.System, SqlDialect.Sqlite);

        // The default order is ModifiedUtc descending, so ties go by Id descending too: "after" is a smaller Id.
        var sql = builder.PageSql();
        Assert.Contains("c.Id < ", sql, StringComparison.Ordinal);
        Assert.Contains("c.Id DESC", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void PageSql_ValidCursorOfAnAscendingSort_StartsAfterTheCursorRow()
    {
        var cursor = KeysetCursor.Encode(["Platform"], 99);
        var query = new ContentQuery { After = cursor, OrderBy = [ContentSort.By(MetadataField.ContentType)] };
        var sql = new ContentSqlBuilder(ContentDefinitionSnapshot.Empty, query, ContentCaller.System, SqlDialect.Sqlite).PageSql();

        Assert.Contains("c.Id > ", sql, StringComparison.Ordinal);
        Assert.Contains("c.Id ASC", sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OfFormat_RoundTripsADate()
    {
        var date = new DateTime(2020, 9, 14, 8, 30, 15, DateTimeKind.Utc).AddTicks(1234567);
        Assert.Equal(date, KeysetCursor.Parse(KeysetCursor.Format(date), SortValueKind.Date));
    }

    [Fact]
    public void Parse_OfFormat_RoundTripsANumberWhateverTheCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("hy-AM");
        try
        {
            Assert.Equal(1.5, KeysetCursor.Parse(KeysetCursor.Format(1.5m), SortValueKind.Number));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Parse_OfFormat_RoundTripsABoolean() =>
        Assert.Equal(true, KeysetCursor.Parse(KeysetCursor.Format(true), SortValueKind.Boolean));

    [Fact]
    public void Format_Null_IsNull() =>
        Assert.Null(KeysetCursor.Format(DBNull.Value));
}
