namespace EduHub.Web.Cli.Demo;

/// <summary>Keeps generated organisation and platform names unique ("Luys University", "Luys University 2", ...).</summary>
internal sealed class DemoTitles
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    public Localized Unique(Localized title)
    {
        var count = _seen[title.En] = _seen.GetValueOrDefault(title.En) + 1;
        return count == 1 ? title : title.Append(" " + DemoFields.Invariant(count));
    }
}
