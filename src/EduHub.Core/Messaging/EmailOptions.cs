namespace EduHub.Core.Messaging;

/// <summary>Configuration section <c>EduHub:Email</c>.</summary>
public sealed class EmailOptions
{
    public const string Section = "EduHub:Email";

    public string From { get; set; } = "EduHub <no-reply@eduhub.local>";

    /// <summary>No host: messages are written to <see cref="PickupFolder"/> instead of sent.</summary>
    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    /// <summary>Use STARTTLS when the server offers it (ports 25/587) or TLS on connect (465).</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>Relative paths are under the data folder. Default <c>mail-pickup</c>.</summary>
    public string PickupFolder { get; set; } = "mail-pickup";

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
