namespace EduHub.Core.Messaging;

/// <summary>
/// Carries out one kind of <see cref="Outbox"/> message (resolved in a scope of its own per message). Throwing
/// leaves the message for a later attempt, so a handler must be safe to run again for the same message.
/// </summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task HandleAsync(string payload, CancellationToken cancellationToken);
}
