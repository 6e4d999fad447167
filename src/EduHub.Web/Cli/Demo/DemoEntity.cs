namespace EduHub.Web.Cli.Demo;

/// <summary>A generated organisation or platform: one item per culture, sharing a localization set.</summary>
public sealed class DemoEntity(string localizationSet)
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public string LocalizationSet { get; } = localizationSet;

    public void Add(string culture, string contentItemId) => _ids[culture] = contentItemId;

    /// <summary>The translation in <paramref name="culture"/>, else the Armenian original.</summary>
    public string IdIn(string culture) => _ids.GetValueOrDefault(culture) ?? _ids["hy"];
}
