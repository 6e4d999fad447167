namespace EduHub.Workflows.Timers;

/// <summary>Configuration section <c>EduHub:Workflows</c>.</summary>
internal sealed class WorkflowOptions
{
    public const string Section = "EduHub:Workflows";

    /// <summary>How often due timers, reminders, unsent e-mail and retention are looked at (on the injected clock).</summary>
    public TimeSpan WorkerInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Finished and aborted instances are deleted after this long.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long a signal link (<c>signal_url</c>) stays valid.</summary>
    public TimeSpan SignalLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Prefix of links in e-mails, e.g. <c>https://eduhub.example.am</c>; empty gives site-relative links.</summary>
    public string PublicBaseUrl { get; set; } = "";
}
