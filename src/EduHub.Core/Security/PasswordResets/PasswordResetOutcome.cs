using Microsoft.AspNetCore.Identity;

namespace EduHub.Core.Security.PasswordResets;

/// <summary>What became of a reset-password post; <see cref="Errors"/> are Identity's objections to the new password, for the page to word.</summary>
public sealed record PasswordResetOutcome(bool Succeeded, bool LinkInvalid, IReadOnlyList<IdentityError> Errors)
{
    public static readonly PasswordResetOutcome Done = new(true, false, []);

    public static readonly PasswordResetOutcome LinkRefused = new(false, true, []);

    /// <summary>The form's own checks failed; the messages are in the model state.</summary>
    public static readonly PasswordResetOutcome FormInvalid = new(false, false, []);
}
