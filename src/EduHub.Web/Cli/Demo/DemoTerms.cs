namespace EduHub.Web.Cli.Demo;

/// <summary>The taxonomies and term ids of recipes/eduhub.setup.recipe.json that generated items point at.</summary>
public static class DemoTerms
{
    public const string RegionsTaxonomy = "ehitax0000000000000regions";
    public const string SubjectsTaxonomy = "ehitax000000000000subjects";
    public const string LanguagesTaxonomy = "ehitax00000000000languages";

    public static readonly IReadOnlyList<string> SubjectSlugs =
    [
        "native-language", "armenian-language", "literature", "armenian-literature", "russian", "foreign-language",
        "mathematics", "algebra", "geometry", "me-and-world", "homeland-studies", "natural-science", "nature",
        "geography", "physics", "chemistry", "biology", "armenian-history", "world-history", "social-studies",
        "informatics", "digital-literacy-cs", "technology", "music", "fine-arts", "physical-education", "chess",
    ];

    // The setup recipe's term ids are the slug or language code without hyphens, zero-padded behind a type prefix.
    public static string Subject(string slug) => "ehisub" + slug.Replace("-", "", StringComparison.Ordinal).PadLeft(20, '0');

    public static string Language(string code) => "ehilng" + code.Replace("-", "", StringComparison.Ordinal).PadLeft(20, '0');
}
