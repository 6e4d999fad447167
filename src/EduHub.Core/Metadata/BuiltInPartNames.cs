namespace EduHub.Core.Metadata;

/// <summary>Parts the engine implements itself; every other part a type uses must be defined in ContentParts.</summary>
public static class BuiltInPartNames
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "TitlePart", "AutoroutePart", "HtmlBodyPart", "LocalizationPart", "PublishLaterPart", "TaxonomyPart", "AliasPart",
    };
}
