namespace EduHub.SearchBench;

/// <summary>Percentiles of one round's timings, and the median / min / max of a figure across rounds.</summary>
internal static class Stats
{
    /// <summary>Nearest-rank percentile of unsorted samples (p99 of 300 runs is the third slowest).</summary>
    public static double Percentile(IReadOnlyList<double> samples, int percentile)
    {
        var sorted = samples.Order().ToArray();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>"median [min–max]" with the given format, the way the tables in docs/performance.md show a figure over rounds.</summary>
    public static string Spread(IReadOnlyList<double> values, string format, string unit = "") =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Median(values).ToString(format, System.Globalization.CultureInfo.InvariantCulture)}{unit} [{values.Min().ToString(format, System.Globalization.CultureInfo.InvariantCulture)}–{values.Max().ToString(format, System.Globalization.CultureInfo.InvariantCulture)}]");
}
