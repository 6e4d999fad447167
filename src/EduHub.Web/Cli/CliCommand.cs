namespace EduHub.Web.Cli;

/// <summary>The command words of <c>dotnet run --project src/EduHub.Web -- &lt;command&gt; ...</c>.</summary>
internal sealed record CliCommand(string Name, IReadOnlyList<string> Arguments)
{
    private static readonly HashSet<string> Commands = new(StringComparer.OrdinalIgnoreCase) { "recipes", "generate", "users" };

    /// <summary>Separates a CLI command from the arguments the host itself reads (configuration overrides).</summary>
    public static (CliCommand? Command, string[] HostArgs) Split(string[] args)
    {
        if (args.Length == 0 || !(Commands.Contains(args[0]) || IsModuleCommandWord(args[0])))
        {
            return (null, args);
        }

        var hostArgs = args.Where(a => a.StartsWith("--EduHub:", StringComparison.OrdinalIgnoreCase) || a.StartsWith("--urls", StringComparison.OrdinalIgnoreCase)).ToArray();
        return (new CliCommand(args[0].ToLowerInvariant(), args.Skip(1).Where(a => !hostArgs.Contains(a)).ToList()), hostArgs);
    }

    /// <summary>Modules add commands (<see cref="EduHub.Core.Modules.IModuleCommand"/>): any plain first word is taken as a command, host options start with "--".</summary>
    private static bool IsModuleCommandWord(string arg) => arg.Length > 0 && arg.All(c => char.IsAsciiLetterLower(c) || c == '-') && char.IsAsciiLetterLower(arg[0]);

    /// <summary>The value after <paramref name="option"/> (e.g. <c>--types A,B</c>), or null.</summary>
    public string? Option(string option)
    {
        var index = Arguments.ToList().FindIndex(a => string.Equals(a, option, StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index + 1 < Arguments.Count ? Arguments[index + 1] : null;
    }
}
