using System.ComponentModel.DataAnnotations;

namespace EduHub.Core.Security;

/// <summary>The check account forms apply to an e-mail address (admin and partner area).</summary>
public static class EmailAddresses
{
    private static readonly EmailAddressAttribute Rule = new();

    public static bool IsValid(string value) => value.Length <= 256 && Rule.IsValid(value) && value.Contains('.', StringComparison.Ordinal);
}
