using System.Text.Json.Nodes;
using EduHub.Core.Data;

namespace EduHub.Core.Contents.Parts;

/// <summary>The site's cultures: recipe <c>settings</c> (DefaultCulture, SupportedCultures) or hy/en/ru.</summary>
public sealed class CultureSettings(SiteSettingsStore settings)
{
    public static readonly IReadOnlyList<string> Defaults = ["hy", "en", "ru"];

    public async Task<(string Default, IReadOnlyList<string> Supported)> GetAsync(CancellationToken cancellationToken)
    {
        var defaultCulture = await settings.GetStringAsync("DefaultCulture", cancellationToken) ?? Defaults[0];
        var supported = await settings.GetAsync("SupportedCultures", cancellationToken) is JsonArray array
            ? array.Select(n => n?.GetValue<string>()).OfType<string>().ToList()
            : Defaults.ToList();
        return (defaultCulture, supported);
    }
}
