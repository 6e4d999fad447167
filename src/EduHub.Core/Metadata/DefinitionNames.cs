using System.Text.RegularExpressions;

namespace EduHub.Core.Metadata;

/// <summary>The rule for type, part and field names (they become JSON properties, SQL values and GraphQL names).</summary>
public static partial class DefinitionNames
{
    public const string Rule = "letters, digits and '_', starting with a letter";

    public static bool IsValid(string? name) => Identifier().IsMatch(name ?? "");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_]{0,127}$")]
    internal static partial Regex Identifier();
}
