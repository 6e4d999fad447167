using System.Reflection;
using System.Xml.Linq;
using EduHub.Core.Modules;

namespace EduHub.UnitTests.Architecture;

/// <summary>
/// Feature modules reference EduHub.Core and shared contract projects (<c>src/EduHub.*.Abstractions</c>, which
/// themselves know Core only), never another module; Core references nothing: checked in the project files
/// (what the build uses) and in the compiled assemblies (what actually ships).
/// </summary>
public sealed class ModuleBoundaryTests
{
    private const string CoreName = "EduHub.Core";

    /// <summary>Libraries in src/ that several themes and modules share (Core-only, like the contracts).</summary>
    private static readonly string[] SharedLibraries = ["EduHub.ContentEditing"];

    private static readonly DirectoryInfo Root = FindRepositoryRoot();

    public static TheoryData<string> ModuleNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in ModuleProjects().Select(p => Path.GetFileNameWithoutExtension(p.Name)))
            {
                data.Add(name);
            }

            return data;
        }
    }

    [Fact]
    public void ModulesFolder_HoldsModuleProjects() =>
        Assert.NotEmpty(ModuleProjects());

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleProject_ReferencesOnlyCore(string module)
    {
        var references = ProjectReferences(ModuleProject(module)).ToList();
        Assert.True(references.Contains(CoreName) && references.All(IsAllowedForModules), $"{module} references {Describe(references)}; a module may reference {CoreName} and *.Abstractions only.");
    }

    [Fact]
    public void AbstractionsProjects_ReferenceOnlyCore()
    {
        var sharedProjects = SharedLibraries.Select(n => new FileInfo(Path.Combine(Root.FullName, "src", n, n + ".csproj")));
        foreach (var project in new DirectoryInfo(Path.Combine(Root.FullName, "src")).EnumerateFiles("*.Abstractions.csproj", SearchOption.AllDirectories).Concat(sharedProjects))
        {
            var references = ProjectReferences(project).ToList();
            Assert.True(references.All(r => r == CoreName), $"{project.Name} references {Describe(references)}; contracts may reference {CoreName} only.");
        }
    }

    [Fact]
    public void CoreProject_ReferencesNoProject()
    {
        var core = new FileInfo(Path.Combine(Root.FullName, "src", CoreName, CoreName + ".csproj"));
        var references = ProjectReferences(core).ToList();
        Assert.True(references.Count == 0, $"{CoreName} references {Describe(references)}; Core must not know any module.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleAssembly_ReferencesNoEduHubAssemblyButCore(string module)
    {
        var references = EduHubReferences(LoadModule(module)).ToList();
        Assert.True(references.Contains(CoreName) && references.All(IsAllowedForModules), $"{module}.dll references {Describe(references)}; a module may reference {CoreName} and *.Abstractions only.");
    }

    [Fact]
    public void CoreAssembly_ReferencesNoEduHubAssembly()
    {
        var references = EduHubReferences(typeof(ModuleStartup).Assembly).ToList();
        Assert.True(references.Count == 0, $"{CoreName}.dll references {Describe(references)}; Core must not know any module.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleAssembly_IsInTheTestOutput(string module) =>
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, module + ".dll")), $"{module}.dll is not next to the tests: reference the host so every module is built and checked.");

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleFolder_HasManifestStartupAndReadme(string module)
    {
        var folder = ModuleProject(module).Directory!;
        var missing = new[] { "Manifest.cs", "Startup.cs", "README.md" }.Where(f => !File.Exists(Path.Combine(folder.FullName, f))).ToList();
        Assert.True(missing.Count == 0, $"Modules/{module} lacks {string.Join(", ", missing)}.");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void ModuleStartup_HasAManifestWhoseIdIsTheProjectName(string module)
    {
        var startups = LoadModule(module).GetExportedTypes()
            .Where(t => !t.IsAbstract && typeof(ModuleStartup).IsAssignableFrom(t))
            .Select(t => (ModuleStartup)Activator.CreateInstance(t)!)
            .ToList();
        Assert.Equal(module, Assert.Single(startups).Manifest.Id);
    }

    private static bool IsAllowedForModules(string reference) =>
        reference == CoreName || SharedLibraries.Contains(reference)
        || (reference.StartsWith("EduHub.", StringComparison.Ordinal) && reference.EndsWith(".Abstractions", StringComparison.Ordinal));

    private static IEnumerable<FileInfo> ModuleProjects() =>
        new DirectoryInfo(Path.Combine(Root.FullName, "Modules")).EnumerateDirectories()
            .SelectMany(d => d.EnumerateFiles("*.csproj"))
            .OrderBy(f => f.Name, StringComparer.Ordinal);

    private static FileInfo ModuleProject(string module) =>
        new(Path.Combine(Root.FullName, "Modules", module, module + ".csproj"));

    /// <summary>The referenced projects' names (file names without .csproj).</summary>
    private static IEnumerable<string> ProjectReferences(FileInfo project) =>
        XDocument.Load(project.FullName).Descendants()
            .Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => (string?)e.Attribute("Include") ?? "")
            .Select(include => Path.GetFileNameWithoutExtension(include.Replace('\\', '/')))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<string> EduHubReferences(Assembly assembly) =>
        assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(n => n.StartsWith("EduHub.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static Assembly LoadModule(string module)
    {
        var path = Path.Combine(AppContext.BaseDirectory, module + ".dll");
        Assert.True(File.Exists(path), $"{path} was not built next to the tests.");
        return Assembly.Load(AssemblyName.GetAssemblyName(path));
    }

    private static string Describe(IReadOnlyCollection<string> references) =>
        references.Count == 0 ? "nothing" : string.Join(", ", references);

    private static DirectoryInfo FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EduHub.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException($"No EduHub.sln above {AppContext.BaseDirectory}.");
    }
}
