namespace EduHub.BrowserTests.Infrastructure;

/// <summary>
/// Every browser test class belongs here: they share one Chromium and run one class at a time
/// (a site and a browser per class are enough for the two cores).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<ChromiumFixture>
{
    public const string Name = "Browser";
}
