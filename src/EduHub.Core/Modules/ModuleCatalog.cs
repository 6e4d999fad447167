using System.Reflection;

namespace EduHub.Core.Modules;

/// <summary>The modules found next to the host (assemblies named EduHub.*.dll with a <see cref="ModuleStartup"/>).</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleStartup> _byAssembly;

    public ModuleCatalog(IEnumerable<ModuleStartup> modules)
    {
        Modules = Order(modules.ToList());
        _byAssembly = Modules.ToDictionary(m => m.GetType().Assembly);
    }

    /// <summary>Modules ordered so that dependencies come first.</summary>
    public IReadOnlyList<ModuleStartup> Modules { get; }

    public ModuleStartup? Find(string id) => Modules.FirstOrDefault(m => m.Manifest.Id == id);

    public ModuleStartup? OwnerOf(Type type) => _byAssembly.GetValueOrDefault(type.Assembly);

    public static ModuleCatalog Discover(string directory, IReadOnlyCollection<string> disabledInConfiguration)
    {
        var startups = new List<ModuleStartup>();
        foreach (var path in Directory.EnumerateFiles(directory, "EduHub.*.dll").Order(StringComparer.Ordinal))
        {
            if (TryLoad(path) is not { } assembly)
            {
                continue;
            }

            foreach (var type in SafeTypes(assembly).Where(t => t is { IsAbstract: false } && typeof(ModuleStartup).IsAssignableFrom(t)))
            {
                var startup = (ModuleStartup)Activator.CreateInstance(type)!;
                if (!disabledInConfiguration.Contains(startup.Manifest.Id))
                {
                    startups.Add(startup);
                }
            }
        }

        return new ModuleCatalog(startups);
    }

    /// <summary>Assemblies the host cannot load (e.g. test assemblies copied beside it) are not modules.</summary>
    private static Assembly? TryLoad(string path)
    {
        try
        {
            var name = AssemblyName.GetAssemblyName(path);
            return AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == name.Name) ?? Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }

    private static IEnumerable<Type> SafeTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    private static List<ModuleStartup> Order(List<ModuleStartup> modules)
    {
        var byId = modules.ToDictionary(m => m.Manifest.Id, StringComparer.Ordinal);
        var ordered = new List<ModuleStartup>();
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        void Visit(ModuleStartup module)
        {
            if (ordered.Contains(module) || !visiting.Add(module.Manifest.Id))
            {
                return;
            }

            foreach (var dependency in module.Manifest.DependsOn)
            {
                if (byId.TryGetValue(dependency, out var other))
                {
                    Visit(other);
                }
            }

            ordered.Add(module);
        }

        foreach (var module in modules.OrderBy(m => m.Manifest.Id, StringComparer.Ordinal))
        {
            Visit(module);
        }

        return ordered;
    }
}
