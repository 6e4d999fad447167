using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Search;

/// <summary>Search returns only types the caller may view (own site: the test narrows the Anonymous role).</summary>
public abstract class SearchPermissionTests(EduHubSite site)
{
    [Fact]
    public async Task Anonymous_callers_see_only_the_types_their_role_may_view()
    {
        var editor = await site.UserAsync("search-perm-editor", ["Editor"]);
        await editor.FindAsync("types=School&q=" + Uri.EscapeDataString("դպրոց"), Demo.School187);

        await RecipeRunner.RunAsync(site.Services, """
            { "steps": [ { "name": "Roles", "Roles": [ { "Name": "Anonymous", "Permissions": [ "View_Platform" ], "PermissionBehavior": "Replace" } ] } ] }
            """);

        var anonymous = await site.Anonymous().SearchAsync("size=100");
        var schools = await site.Anonymous().SearchAsync("types=School&q=" + Uri.EscapeDataString("դպրոց"));
        var asEditor = await editor.SearchAsync("types=School&q=" + Uri.EscapeDataString("դպրոց"));

        Assert.NotEmpty(anonymous["hits"]!.AsArray());
        Assert.All(anonymous["hits"]!.AsArray(), h => Assert.Equal("Platform", h!["contentType"]!.GetValue<string>()));
        Assert.All(anonymous["facets"]!["contentType"]!.AsArray(), v => Assert.Equal("Platform", v!["value"]!.GetValue<string>()));
        Assert.Equal(0, schools["total"]!.GetValue<int>());
        Assert.True(asEditor.Has(Demo.School187));
    }
}

public sealed class SearchPermissionSqliteTests(SqliteSite site) : SearchPermissionTests(site), IClassFixture<SqliteSite>;

public sealed class SearchPermissionPostgresTests(PostgresSite site) : SearchPermissionTests(site), IClassFixture<PostgresSite>;
