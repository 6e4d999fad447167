namespace EduHub.Core.Modules;

/// <summary>
/// A command a module adds to the host's command line: <c>dotnet run --project src/EduHub.Web -- {Name} ...</c>.
/// Runs in a DI scope after migrations and setup, without the hosted services; commands of a disabled
/// feature are not offered.
/// </summary>
public interface IModuleCommand
{
    /// <summary>The first word on the command line, e.g. <c>search</c>.</summary>
    string Name { get; }

    /// <summary>Usage lines shown with the host's own (indented like them).</summary>
    string Usage { get; }

    /// <returns>The process exit code (0 success, 64 usage error).</returns>
    Task<int> RunAsync(IReadOnlyList<string> arguments, TextWriter output, CancellationToken cancellationToken);
}
