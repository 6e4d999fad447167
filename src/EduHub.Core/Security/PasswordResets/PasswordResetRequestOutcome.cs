namespace EduHub.Core.Security.PasswordResets;

/// <summary>What became of a forgot-password post.</summary>
public enum PasswordResetRequestOutcome
{
    /// <summary>The address was missing or malformed; the message is in the model state.</summary>
    FormInvalid,

    /// <summary>Over the limits: nothing recorded, answered 429 with Retry-After.</summary>
    Limited,

    /// <summary>Recorded for the mail handler; the page answers the same whether or not the address has an account.</summary>
    Recorded,
}
