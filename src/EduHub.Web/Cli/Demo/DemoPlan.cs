namespace EduHub.Web.Cli.Demo;

/// <summary>How many items of each type to generate, and the seed that makes the run reproducible.</summary>
public sealed record DemoPlan(int Organizations, int Platforms, int Schools, int Mentors, int Seed)
{
    public int Total => Organizations + Platforms + Schools + Mentors;

    /// <summary>A mix for benchmarks: mostly schools and their mentors, a few platforms and organisations.</summary>
    public static DemoPlan ForItems(int total, int seed)
    {
        var organizations = Math.Max(1, total / 100);
        var platforms = Math.Max(1, total / 50);
        var schools = total * 60 / 100;
        return new DemoPlan(organizations, platforms, schools, Math.Max(0, total - organizations - platforms - schools), seed);
    }
}
