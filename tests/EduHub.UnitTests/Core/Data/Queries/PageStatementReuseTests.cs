using EduHub.Core.Data;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace EduHub.UnitTests.Core.Data.Queries;

/// <summary>
/// A list page's statement runs again from its prepared form: SQLite re-parses and re-plans a statement whose bound
/// values its planner reads (a bound LIMIT is one), which undid the read connections' statement reuse.
/// </summary>
public sealed class PageStatementReuseTests : IDisposable
{
    // SQLITE_STMTSTATUS_REPREPARE in sqlite3.h (SQLitePCLRaw has no constant for it).
    private const int StatementStatusReprepare = 5;

    private readonly string _folder = Directory.CreateTempSubdirectory("eduhub-pagesql-").FullName;

    [Theory]
    [InlineData(20, 0)]
    [InlineData(1, 40)]
    public void The_page_statement_is_not_prepared_again_when_it_runs_again(int take, int skip)
    {
        using var connection = Open();
        var builder = new ContentSqlBuilder(ContentDefinitionSnapshot.Empty, new ContentQuery { Take = take, Skip = skip }, ContentCaller.System, SqlDialect.Sqlite);
        var sql = builder.PageSql();
        using var command = connection.CreateCommand();
        builder.Parameters.AddTo(command);

        Assert.Equal(raw.SQLITE_OK, raw.sqlite3_prepare_v2(connection.Handle, sql, out var statement));
        using (statement)
        {
            foreach (SqliteParameter parameter in command.Parameters)
            {
                var index = raw.sqlite3_bind_parameter_index(statement, "@" + parameter.ParameterName);
                Assert.True(index > 0, $"{parameter.ParameterName} is not in the statement");
                Assert.Equal(raw.SQLITE_OK, raw.sqlite3_bind_int64(statement, index, Convert.ToInt64(parameter.Value, System.Globalization.CultureInfo.InvariantCulture)));
            }

            var rows = new List<int>();
            for (var run = 0; run < 3; run++)
            {
                var count = 0;
                int step;
                while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                {
                    count++;
                }

                Assert.True(step == raw.SQLITE_DONE, raw.sqlite3_errmsg(connection.Handle).utf8_to_string());
                rows.Add(count);
                raw.sqlite3_reset(statement);
            }

            Assert.Equal(0, raw.sqlite3_stmt_status(statement, StatementStatusReprepare, 0));
            var expected = Math.Min(take + 1, Math.Max(0, 100 - skip));
            Assert.Equal([expected, expected, expected], rows);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "page.db")};Pooling=False");
        connection.Open();
        using var create = connection.CreateCommand();

        // The columns the page query reads without a content type (published rows, newest first), indexed as in the schema.
        create.CommandText = """
            CREATE TABLE ContentItemIndex (Id INTEGER PRIMARY KEY, Published INTEGER NOT NULL, ModifiedUtc TEXT NULL);
            CREATE INDEX IX_Published_Modified ON ContentItemIndex (Published, ModifiedUtc);
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
            INSERT INTO ContentItemIndex (Published, ModifiedUtc) SELECT 1, printf('2026-01-01T00:00:%02d', i % 60) FROM n;
            ANALYZE;
            """;
        create.ExecuteNonQuery();
        return connection;
    }
}
