using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Admin;

/// <summary>
/// An empty validation summary is not rendered: ASP.NET Core's placeholder item carries an inline style the
/// admin's CSP blocks, which left an empty error box on the page.
/// </summary>
public sealed class AdminValidationSummaryTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    [Fact]
    public async Task A_page_without_errors_has_no_validation_summary_and_no_inline_style()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);

        var page = await browser.GetAsync("/admin/recipes");

        Assert.NotNull(page.QuerySelector("#import-form"));
        Assert.Null(page.QuerySelector("[data-valmsg-summary]"));
        Assert.Empty(page.QuerySelectorAll("main [style]"));
    }

    [Fact]
    public async Task A_page_with_errors_lists_them_in_the_summary()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var page = await browser.GetAsync("/admin/recipes");

        var response = await browser.PressAsync(page, "#import-form", "button.button--secondary", new() { ["RecipeJson"] = "{ \"name\": \"x\", \"steps\": [ { \"name\": \"NoSuchStep\" } ] }" });

        var result = await AdminBrowser.ParseAsync(response);
        Assert.Contains("NoSuchStep", result.QuerySelector("[data-valmsg-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(result.QuerySelectorAll("main [style]"));
    }
}
