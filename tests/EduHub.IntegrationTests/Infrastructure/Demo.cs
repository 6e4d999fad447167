namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>Ids of the shipped setup and demo recipes that tests refer to.</summary>
internal static class Demo
{
    public const string RegionsTaxonomy = "ehitax0000000000000regions";
    public const string SubjectsTaxonomy = "ehitax000000000000subjects";
    public const string LanguagesTaxonomy = "ehitax00000000000languages";
    public const string Yerevan = "ehireg0000000000000000amer";
    public const string Shirak = "ehireg0000000000000000amsh";
    public const string Mathematics = "ehisub000000000mathematics";
    public const string Armenian = "ehilng000000000000000000hy";
    public const string NcetOrganization = "ehiorg00000000000000ncethy";
    public const string HeravarPlatform = "ehiplt00000000000heravarhy";
    public const string School187 = "ehisch00000000yerevan187hy";
    public const string School203 = "ehisch00000000yerevan203hy";
    public const string Mentor1 = "ehimen000000000000000m01hy";
    public const string ChildrenGuide = "ehisgd0000000000childrenhy";
}
