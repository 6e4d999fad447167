using EduHub.Core.Security;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.UnitTests.Core.Security;

public sealed class AttemptLimiterTests
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void TryAcquire_OverTheLimit_IsRefusedUntilTheWindowEnds()
    {
        var clock = new FakeTimeProvider();
        var limiter = new AttemptLimiter(clock);

        var within = Enumerable.Range(0, 3).Select(_ => limiter.TryAcquire("a", 3, Hour)).ToList();
        var over = limiter.TryAcquire("a", 3, Hour);
        clock.Advance(Hour - TimeSpan.FromSeconds(1));
        var stillOver = limiter.TryAcquire("a", 3, Hour);
        clock.Advance(TimeSpan.FromSeconds(1));
        var afterWindow = limiter.TryAcquire("a", 3, Hour);

        Assert.All(within, Assert.True);
        Assert.False(over);
        Assert.False(stillOver);
        Assert.True(afterWindow);
    }

    [Fact]
    public void TryAcquire_CountsEachKeyOnItsOwn()
    {
        var limiter = new AttemptLimiter(new FakeTimeProvider());

        Assert.True(limiter.TryAcquire("password-reset:address:A", 1, Hour));
        Assert.False(limiter.TryAcquire("password-reset:address:A", 1, Hour));
        Assert.True(limiter.TryAcquire("password-reset:address:B", 1, Hour));
        Assert.True(limiter.TryAcquire("partner-sign-up:A", 1, Hour));
    }
}
