using System.Globalization;
using EduHub.Core.Data;

namespace EduHub.UnitTests.Core.Data;

public sealed class SqliteDatesTests
{
    [Theory]
    [InlineData("2026-09-01 08:00:00", "2026-09-01T08:00:00.0000000Z")]
    [InlineData("2026-09-01T08:00:00", "2026-09-01T08:00:00.0000000Z")]
    [InlineData("2026-11-29 23:59:59.5", "2026-11-29T23:59:59.5000000Z")]
    [InlineData("2026-11-29 23:59:59.1234567", "2026-11-29T23:59:59.1234567Z")]
    [InlineData("2024-02-29 00:00:00.001", "2024-02-29T00:00:00.0010000Z")]
    public void TryParse_ReadsWhatMicrosoftDataSqliteWrites(string text, string expected)
    {
        Assert.True(SqliteDates.TryParse(text, out var value));
        Assert.Equal(DateTimeKind.Utc, value.Kind);
        Assert.Equal(expected, value.ToString("O", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TryParse_AgreesWithTheGeneralParser()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < 500; i++)
        {
            var date = start.AddTicks(i * 7_919_113_331_777L % TimeSpan.TicksPerDay * 365);
            var text = date.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.');
            Assert.True(SqliteDates.TryParse(text, out var value), text);
            Assert.Equal(DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal), value);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("2026-09-01")]
    [InlineData("2026-13-01 08:00:00")]
    [InlineData("2026-02-30 08:00:00")]
    [InlineData("2026-09-01 24:00:00")]
    [InlineData("2026-09-01 08:00:00+04:00")]
    [InlineData("2026-09-01 08:00:00.12345678")]
    [InlineData("2026-09-01 08:0x:00")]
    [InlineData("0000-01-01 00:00:00")]
    public void TryParse_LeavesOtherTextToTheGeneralParser(string text) =>
        Assert.False(SqliteDates.TryParse(text, out _));
}
