using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Data.Queries;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EduHub.IntegrationTests.Queries;

/// <summary>
/// List totals are kept per node while no content changed (ContentCountCache): a change on any node makes every
/// node count again at once, and a total asked again with nothing changed is not counted again.
/// </summary>
public abstract class CountCacheTests(EduHubSite site)
{
    private static readonly ContentQuery Schools = new() { ContentTypes = ["School"], Take = 0, IncludeTotal = true };

    [Fact]
    public async Task A_total_follows_an_unpublish_and_a_publish_on_this_node_and_on_another_at_once()
    {
        await using var otherNode = site.CreateFactory(new FakeTimeProvider(site.Clock.GetUtcNow()));
        var before = await TotalAsync(site.Services, Schools);
        Assert.Equal(before, await TotalAsync(otherNode.Services, Schools));
        Assert.Equal(before, await TotalAsync(otherNode.Services, Schools));
        var school = (await PageAsync(site.Services, Schools with { Take = 1, IncludeTotal = false })).Items[0].ContentItemId;

        await ChangeAsync(content => content.UnpublishAsync(school));

        Assert.Equal(before - 1, await TotalAsync(site.Services, Schools));
        Assert.Equal(before - 1, await TotalAsync(otherNode.Services, Schools));

        await RecipeRunner.AsSystemAsync(otherNode.Services, sp => sp.GetRequiredService<ContentManager>().PublishAsync(school));

        Assert.Equal(before, await TotalAsync(otherNode.Services, Schools));
        Assert.Equal(before, await TotalAsync(site.Services, Schools));
    }

    [Fact]
    public async Task A_total_asked_again_is_not_counted_again_until_content_changes()
    {
        // A filter of its own, so the first total is certainly counted here.
        var query = Schools with { Where = new MetadataFilter(MetadataField.DisplayText, FilterOperator.NotContains, Guid.NewGuid().ToString("n")) };

        var (first, counted) = await TotalAndCommandsAsync(query);
        var (again, fromCache) = await TotalAndCommandsAsync(query);
        var school = (await PageAsync(site.Services, Schools with { Take = 1, IncludeTotal = false })).Items[0].ContentItemId;
        await ChangeAsync(content => content.UnpublishAsync(school));
        await ChangeAsync(content => content.PublishAsync(school));
        var (afterChange, countedAgain) = await TotalAndCommandsAsync(query);

        Assert.Equal(first, again);
        Assert.Equal(first, afterChange);
        Assert.Equal(counted - 1, fromCache);
        Assert.Equal(counted, countedAgain);
    }

    [Fact]
    public async Task Totals_of_different_filter_values_are_kept_apart()
    {
        var large = await TotalAsync(site.Services, Schools with { Where = new FieldFilter("School", "Pupils", FilterOperator.GreaterThan, 300) });
        var small = await TotalAsync(site.Services, Schools with { Where = new FieldFilter("School", "Pupils", FilterOperator.GreaterThan, 100_000) });
        var largeAgain = await TotalAsync(site.Services, Schools with { Where = new FieldFilter("School", "Pupils", FilterOperator.GreaterThan, 300) });

        Assert.True(large > 0);
        Assert.Equal(0, small);
        Assert.Equal(large, largeAgain);
    }

    private Task<ContentResult> ChangeAsync(Func<ContentManager, Task<ContentResult>> change) =>
        RecipeRunner.AsSystemAsync(site.Services, sp => change(sp.GetRequiredService<ContentManager>()));

    private async Task<(long Total, int Commands)> TotalAndCommandsAsync(ContentQuery query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        var page = await scope.ServiceProvider.GetRequiredService<ContentQueryService>().QueryAsync(query);
        return (page.Total!.Value, scope.ServiceProvider.GetRequiredService<SqlCommandCounter>().Commands);
    }

    private static async Task<long> TotalAsync(IServiceProvider services, ContentQuery query) => (await PageAsync(services, query)).Total!.Value;

    private static async Task<ContentPage> PageAsync(IServiceProvider services, ContentQuery query)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentQueryService>().QueryAsync(query);
    }
}

public sealed class CountCacheSqliteTests(SqliteSite site) : CountCacheTests(site), IClassFixture<SqliteSite>;

public sealed class CountCachePostgresTests(PostgresSite site) : CountCacheTests(site), IClassFixture<PostgresSite>;
