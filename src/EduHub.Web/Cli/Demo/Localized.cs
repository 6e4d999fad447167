namespace EduHub.Web.Cli.Demo;

/// <summary>One text in the hub's three cultures.</summary>
public readonly record struct Localized(string Hy, string En, string Ru)
{
    public string In(string culture) => culture switch
    {
        "en" => En,
        "ru" => Ru,
        _ => Hy,
    };

    public Localized Format(Localized argument) =>
        new(string.Format(null, Hy, argument.Hy), string.Format(null, En, argument.En), string.Format(null, Ru, argument.Ru));

    public Localized Append(string suffix) => new(Hy + suffix, En + suffix, Ru + suffix);
}
