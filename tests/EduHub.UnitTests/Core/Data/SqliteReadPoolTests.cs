using System.Diagnostics.CodeAnalysis;
using EduHub.Core.Data;
using EduHub.Core.Data.Queries;

namespace EduHub.UnitTests.Core.Data;

/// <summary>
/// SQLite read sessions run on connections kept open by <see cref="Database"/> with their commands kept by SQL
/// text (prepared once per connection), one session at a time per connection.
/// </summary>
[SuppressMessage("Design", "CA1001", Justification = "xunit disposes the test class through IAsyncLifetime.DisposeAsync.")]
public sealed class SqliteReadPoolTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("eduhub-readpool-").FullName;
    private Database _database = null!;

    public async Task InitializeAsync()
    {
        _database = new Database(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(_folder, "pool.db")}");
        await using var session = await DbSession.BeginAsync(_database, CancellationToken.None);
        await using (var create = session.Command("CREATE TABLE Items (Id INTEGER PRIMARY KEY, Name TEXT NOT NULL)"))
        {
            await create.Command.ExecuteNonQueryAsync();
        }

        await using (var insert = session.Command("INSERT INTO Items (Name) VALUES ('a'), ('b'), ('c')"))
        {
            await insert.Command.ExecuteNonQueryAsync();
        }

        await session.CommitAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_read_session_after_another_reuses_its_connection_and_its_command()
    {
        System.Data.Common.DbConnection first;
        System.Data.Common.DbCommand firstCommand;
        await using (var session = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true))
        {
            first = session.Connection;
            await using var lease = session.Command("SELECT COUNT(*) FROM Items");
            firstCommand = lease.Command;
            Assert.Equal(3L, await lease.Command.ExecuteScalarAsync());
        }

        await using (var session = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true))
        {
            await using var lease = session.Command("SELECT COUNT(*) FROM Items");
            Assert.Same(first, session.Connection);
            Assert.Same(firstCommand, lease.Command);
            Assert.Equal(3L, await lease.Command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Sessions_open_at_once_get_connections_of_their_own()
    {
        await using var one = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true);
        await using var two = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true);

        Assert.NotSame(one.Connection, two.Connection);
    }

    [Fact]
    public async Task A_reused_command_starts_without_the_previous_parameters_and_sees_new_rows()
    {
        const string sql = "SELECT Name FROM Items WHERE Id = @id";
        await using (var session = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true))
        {
            await using var lease = session.Command(sql);
            AddParameter(lease.Command, "id", 1);
            Assert.Equal("a", await lease.Command.ExecuteScalarAsync());
        }

        await using (var writer = await DbSession.BeginAsync(_database, CancellationToken.None))
        {
            await using var insert = writer.Command("INSERT INTO Items (Id, Name) VALUES (4, 'd')");
            await insert.Command.ExecuteNonQueryAsync();
            await writer.CommitAsync(CancellationToken.None);
        }

        await using (var session = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true))
        {
            await using var lease = session.Command(sql);
            Assert.Empty(lease.Command.Parameters);
            AddParameter(lease.Command, "id", 4);
            Assert.Equal("d", await lease.Command.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task A_connection_closed_during_a_session_is_not_given_to_the_next()
    {
        System.Data.Common.DbConnection broken;
        await using (var session = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true))
        {
            broken = session.Connection;
            await broken.CloseAsync();
        }

        await using var next = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true);
        Assert.NotSame(broken, next.Connection);
        await using var lease = next.Command("SELECT COUNT(*) FROM Items");
        Assert.True((long)(await lease.Command.ExecuteScalarAsync())! >= 3);
    }

    [Fact]
    public async Task A_disposed_database_opens_no_more_read_sessions()
    {
        await using (await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true))
        {
        }

        await _database.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true));
    }

    [Fact]
    public void Lists_become_one_parameter_per_value_on_SQLite_and_an_empty_list_matches_nothing()
    {
        var parameters = new SqlParameters(SqlDialect.Sqlite);

        var list = parameters.Add(new[] { "a", "b" });
        var empty = parameters.Add(Array.Empty<string>());
        var scalar = parameters.Add(5);

        Assert.Equal("(@p0_0, @p0_1)", list);
        Assert.Equal("(SELECT NULL WHERE 0)", empty);
        Assert.Equal("@p2_", scalar);
    }

    [Fact]
    public async Task Expanded_lists_select_the_same_rows_as_written_out()
    {
        var parameters = new SqlParameters(SqlDialect.Sqlite);
        var sql = $"SELECT COUNT(*) FROM Items WHERE Name IN {parameters.Add(new List<string> { "a", "c", "x" })} AND NOT (Name IN {parameters.Add(Array.Empty<string>())})";
        await using var session = await DbSession.BeginAsync(_database, CancellationToken.None, readOnly: true);
        await using var lease = session.Command(sql);
        parameters.AddTo(lease.Command);

        Assert.Equal(2L, await lease.Command.ExecuteScalarAsync());
    }

    private static void AddParameter(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
