namespace EduHub.Core.Messaging;

/// <summary>A plain-text e-mail (HTML is optional) to one or more addresses.</summary>
public sealed record EmailMessage(IReadOnlyList<string> To, string Subject, string TextBody, string? HtmlBody = null);
