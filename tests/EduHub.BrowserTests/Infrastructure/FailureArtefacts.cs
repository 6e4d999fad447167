using Microsoft.Playwright;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>
/// What a failing browser test leaves behind: a full-page screenshot and the page's HTML, in
/// <c>.ci/out/TestResults/browser-artefacts/</c> (or <c>EDUHUB_BROWSER_ARTEFACTS</c>).
/// </summary>
public static class FailureArtefacts
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("EDUHUB_BROWSER_ARTEFACTS") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(RepositoryRoot(), ".ci", "out", "TestResults", "browser-artefacts");

    /// <summary>Artefacts of an earlier run would be mistaken for this run's: start empty.</summary>
    public static void Clear()
    {
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    /// <summary>Saves what the page shows; returns the files written (an artefact that fails is named, never thrown).</summary>
    public static async Task<IReadOnlyList<string>> SaveAsync(IPage page, string testName)
    {
        Directory.CreateDirectory(Folder);
        var stem = Path.Combine(Folder, FileName(testName));
        var written = new List<string>();
        try
        {
            await page.ScreenshotAsync(new() { Path = stem + ".png", FullPage = true, Timeout = 10_000 });
            written.Add(stem + ".png");
        }
        catch (PlaywrightException e)
        {
            written.Add($"(no screenshot: {e.Message})");
        }

        try
        {
            var html = $"<!-- {page.Url} -->\n" + await page.ContentAsync();
            await File.WriteAllTextAsync(stem + ".html", html);
            written.Add(stem + ".html");
        }
        catch (PlaywrightException e)
        {
            written.Add($"(no HTML: {e.Message})");
        }

        return written;
    }

    private static string FileName(string testName)
    {
        var invalid = Path.GetInvalidFileNameChars();
        return new string([.. testName.Select(c => invalid.Contains(c) || c == ' ' ? '_' : c)]);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EduHub.sln")))
            {
                return folder.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
