using EduHub.Search.Lucene.Querying;

namespace EduHub.UnitTests.Modules.Search;

/// <summary>Pooled facet count arrays: always zero when handed out, per dimension, and never returned to the pool twice.</summary>
public sealed class FacetCountsTests
{
    [Fact]
    public void A_new_segment_starts_from_zero_even_after_the_previous_segment_counted()
    {
        using var counts = new FacetCounts(1);
        var first = counts.Segment(0, 5);
        first[0] = 3;
        first[4] = 7;

        var second = counts.Segment(0, 5);

        Assert.All(second.Take(5), c => Assert.Equal(0, c));
    }

    [Fact]
    public void A_segment_with_more_values_gets_a_large_enough_zeroed_array()
    {
        using var counts = new FacetCounts(1);
        counts.Segment(0, 3)[1] = 9;

        var larger = counts.Segment(0, 500);

        Assert.True(larger.Length >= 500);
        Assert.All(larger.Take(500), c => Assert.Equal(0, c));
    }

    [Fact]
    public void Dimensions_do_not_share_counts()
    {
        using var counts = new FacetCounts(2);
        var region = counts.Segment(0, 4);
        var grade = counts.Segment(1, 4);
        region[2]++;

        Assert.NotSame(region, grade);
        Assert.Equal(0, grade[2]);
    }

    [Fact]
    public void Arrays_handed_back_dirty_to_the_pool_come_out_zeroed()
    {
        var first = new FacetCounts(1);
        var dirty = first.Segment(0, 16);
        Array.Fill(dirty, 42);
        first.Dispose();

        using var next = new FacetCounts(1);
        Assert.All(next.Segment(0, 16).Take(16), c => Assert.Equal(0, c));
    }

    [Fact]
    public void Disposing_twice_does_not_hand_one_array_to_two_searches()
    {
        var counts = new FacetCounts(1);
        counts.Segment(0, 16);
        counts.Dispose();
        counts.Dispose();

        using var a = new FacetCounts(1);
        using var b = new FacetCounts(1);
        Assert.NotSame(a.Segment(0, 16), b.Segment(0, 16));
    }

    [Fact]
    public void Counting_after_dispose_is_refused()
    {
        var counts = new FacetCounts(1);
        counts.Dispose();

        Assert.Throws<ObjectDisposedException>(() => counts.Segment(0, 4));
    }
}
