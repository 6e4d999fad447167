namespace EduHub.BrowserTests.Infrastructure;

/// <summary>Ids of the shipped setup and demo recipes that tests refer to.</summary>
internal static class Demo
{
    public const string SubjectsTaxonomy = "ehitax000000000000subjects";
    public const string Mathematics = "ehisub000000000mathematics";
    public const string NcetOrganization = "ehiorg00000000000000ncethy";
    public const string HeravarPlatform = "ehiplt00000000000heravarhy";

    /// <summary>Every demo platform's content item id starts with this.</summary>
    public const string PlatformIdPrefix = "ehiplt";
}
