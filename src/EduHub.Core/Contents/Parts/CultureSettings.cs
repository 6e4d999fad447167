using System.Text.Json.Nodes;
using EduHub.Core.Data;

namespace EduHub.Core.Contents.Parts;

/// <summary>The site's cultures: recipe <c>settings</c> (DefaultCulture, SupportedCultures) or hy/en/ru.</summary>
public sealed class CultureSettings(SiteSettingsStore settings)
{
    public static readonly IReadOnlyList<string> Defaults = ["hy", "en", "ru"];

    public async Task<(string Default, IReadOnlyList<string> Supported)> GetAsync(CancellationToken cancellationToken)
    {
        var cultures = await settings.GetDerivedAsync("cultures", Read, cancellationToken);
        return (cultures.Default, cultures.Supported);
    }

    private static Cultures Read(Func<string, JsonNode?> setting)
    {
        var defaultCulture = setting("DefaultCulture") is JsonValue v && v.TryGetValue<string>(out var s) ? s : Defaults[0];
        IReadOnlyList<string> supported = setting("SupportedCultures") is JsonArray array
            ? array.Select(n => n is JsonValue value && value.TryGetValue<string>(out var culture) ? culture : null).OfType<string>().ToArray()
            : Defaults;
        return new Cultures(defaultCulture, supported);
    }

    private sealed record Cultures(string Default, IReadOnlyList<string> Supported);
}
