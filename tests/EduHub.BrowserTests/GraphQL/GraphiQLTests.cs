using EduHub.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.GraphQL;

public sealed class GraphiQLTests(ChromiumFixture chromium, BrowserSite site, ITestOutputHelper output)
    : BrowserTest(chromium, site, output), IClassFixture<BrowserSite>
{
    [Fact]
    public Task GraphiQL_loads_from_local_files_without_script_errors() => RunAsync(async page =>
    {
        IResponse? response = null;
        var schema = await page.RunAndWaitForResponseAsync(
            async () => response = await page.GotoAsync("/graphiql"),
            r => r.Url.EndsWith("/api/graphql", StringComparison.Ordinal));

        Assert.Equal(200, response?.Status);
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();
        await Expect(page.GetByText("EduHub GraphQL")).ToBeVisibleAsync();
        // GraphiQL's schema request runs under the introspection limits (docs/graphql.md): it succeeds like everything else.
        Assert.Equal(200, schema.Status);
        Assert.Empty(BrowserErrors);
    });

    [Fact]
    public Task GraphiQL_runs_the_default_query_against_the_api() => RunAsync(async page =>
    {
        await page.GotoAsync("/graphiql");

        await page.GetByRole(AriaRole.Button, new() { Name = "Execute query (Ctrl-Enter)" }).ClickAsync();

        // The demo content's platforms come back in the result pane (which five depends on the order of the demo's
        // equal modification dates, so only that they are demo platforms is checked).
        await Expect(page.Locator(".result-window")).ToContainTextAsync("\"contentItemId\": \"" + Demo.PlatformIdPrefix);
        await Axe.AssertNoSeriousViolationsAsync(page);
    });

    [Fact]
    public Task GraphiQL_loads_the_schema_into_the_documentation_explorer() => RunAsync(async page =>
    {
        await page.GotoAsync("/graphiql");

        await page.GetByRole(AriaRole.Button, new() { Name = "Show Documentation Explorer" }).ClickAsync();

        // GraphiQL's own introspection query must pass the endpoint's limits, or the explorer shows "Error fetching schema".
        var explorer = page.GetByRole(AriaRole.Region, new() { Name = "Documentation Explorer" });
        await Expect(explorer.GetByText("Root Types")).ToBeVisibleAsync();
        await explorer.GetByRole(AriaRole.Link, new() { Name = "Query", Exact = true }).ClickAsync();
        await Expect(explorer).ToContainTextAsync("platform");
    });

    [Fact]
    public Task GraphiQL_has_no_serious_or_critical_accessibility_violations() => RunAsync(async page =>
    {
        await page.GotoAsync("/graphiql");
        await Expect(page.Locator(".graphiql-container")).ToBeVisibleAsync();

        await Axe.AssertNoSeriousViolationsAsync(page);
    });
}
