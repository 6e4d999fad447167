using EduHub.Core;

namespace EduHub.Web.Hosting;

internal static class DataPaths
{
    public static string Resolve(EduHubOptions options, IHostEnvironment environment)
    {
        var path = Path.IsPathRooted(options.DataPath) ? options.DataPath : Path.Combine(environment.ContentRootPath, options.DataPath);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Recipes ship next to the binaries (copied from /recipes); relative paths resolve there first.</summary>
    public static string Recipe(string path, IHostEnvironment environment)
    {
        if (Path.IsPathRooted(path))
        {
            return path;
        }

        var candidates = new[] { Path.Combine(AppContext.BaseDirectory, path), Path.Combine(environment.ContentRootPath, path), Path.GetFullPath(path) };
        return candidates.FirstOrDefault(File.Exists) ?? candidates[0];
    }
}
