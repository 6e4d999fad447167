using Microsoft.Playwright;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>Screenshots kept as artefacts of a passing run (e.g. the phone-sized views), beside the failure artefacts.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Path.Combine(FailureArtefacts.Folder, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
