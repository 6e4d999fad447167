namespace EduHub.Web.Cli.Demo;

/// <summary>Progress after a committed batch.</summary>
public sealed record DemoProgress(int Items, TimeSpan Elapsed)
{
    public double ItemsPerSecond => Elapsed.TotalSeconds > 0 ? Items / Elapsed.TotalSeconds : 0;
}
