using System.Net;
using EduHub.Core.Contents;
using EduHub.Core.Data.Queries;
using EduHub.Core.Security;
using EduHub.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.IntegrationTests.Queries;

/// <summary>The query service: every operator kind, AND/OR/NOT, field sorts, keyset paging, as SQL on both databases.</summary>
public abstract class QueryTests(EduHubSite site)
{
    [Fact]
    public async Task Text_equality_ignores_case_and_Armenian_spelling_variants()
    {
        var upper = await QueryAsync(new FieldFilter("School", "Community", FilterOperator.Equals, "ԻՋԵՎԱՆ"));
        var reformed = await QueryAsync(new FieldFilter("School", "Community", FilterOperator.Equals, "Իջևան"));
        var classical = await QueryAsync(new FieldFilter("School", "Community", FilterOperator.Equals, "Իջեւան"));

        Assert.NotEmpty(reformed);
        Assert.Equal(Ids(reformed), Ids(upper));
        Assert.Equal(Ids(reformed), Ids(classical));
    }

    [Fact]
    public async Task String_operators_match_as_named()
    {
        var contains = await QueryAsync(new MetadataFilter(MetadataField.DisplayText, FilterOperator.Contains, "թիվ 1"));
        var startsWith = await QueryAsync(new MetadataFilter(MetadataField.DisplayText, FilterOperator.StartsWith, "Գյումրու"));
        var endsWith = await QueryAsync(new MetadataFilter(MetadataField.DisplayText, FilterOperator.EndsWith, "No. 41"));
        var notContains = await QueryAsync(new MetadataFilter(MetadataField.DisplayText, FilterOperator.NotContains, "դպրոց"));

        Assert.All(contains, i => Assert.Contains("թիվ 1", i.DisplayText));
        Assert.All(startsWith, i => Assert.StartsWith("Գյումրու", i.DisplayText));
        Assert.Single(endsWith);
        Assert.All(notContains, i => Assert.DoesNotContain("դպրոց", i.DisplayText));
        Assert.NotEmpty(contains);
        Assert.NotEmpty(startsWith);
        Assert.NotEmpty(notContains);
    }

    [Fact]
    public async Task Like_wildcards_in_values_are_literal()
    {
        Assert.Empty(await QueryAsync(new MetadataFilter(MetadataField.DisplayText, FilterOperator.Contains, "%")));
        Assert.Empty(await QueryAsync(new MetadataFilter(MetadataField.DisplayText, FilterOperator.Contains, "_")));
    }

    [Fact]
    public async Task Numeric_range_and_sort_by_field()
    {
        var items = await QueryAsync(new FieldFilter("School", "Pupils", FilterOperator.GreaterThan, 300), sort: ContentSort.ByField("School", "Pupils", descending: true));

        var pupils = items.Select(i => i.Field("School", "Pupils")!["Value"]!.GetValue<decimal>()).ToList();
        Assert.NotEmpty(pupils);
        Assert.All(pupils, p => Assert.True(p > 300));
        Assert.Equal(pupils.OrderDescending(), pupils);
    }

    [Fact]
    public async Task Boolean_picker_and_taxonomy_filters()
    {
        var pilots = await QueryAsync(new FieldFilter("School", "PilotSchool", FilterOperator.Equals, true));
        var withMentor = await QueryAsync(new FieldFilter("School", "Mentors", FilterOperator.Equals, Demo.Mentor1));
        var inYerevan = await QueryAsync(new FieldFilter("School", "Region", FilterOperator.Equals, Demo.Yerevan));
        var notInYerevan = await QueryAsync(new FieldFilter("School", "Region", FilterOperator.NotEquals, Demo.Yerevan));

        Assert.Equal(4, pilots.Count);
        Assert.Contains(withMentor, i => i.ContentItemId == Demo.School203);
        Assert.All(withMentor, i => Assert.Contains(Demo.Mentor1, i.Field("School", "Mentors")!["ContentItemIds"]!.AsArray().Select(n => n!.GetValue<string>())));
        Assert.Contains(inYerevan, i => i.ContentItemId == Demo.School187);
        Assert.Empty(Ids(inYerevan).Intersect(Ids(notInYerevan)));
        Assert.Equal(await CountAsync(null), inYerevan.Count + notInYerevan.Count);
    }

    [Fact]
    public async Task Platforms_by_provider_and_subject()
    {
        var byProvider = await QueryAsync(new FieldFilter("Platform", "Provider", FilterOperator.Equals, Demo.NcetOrganization), type: "Platform");
        var bySubject = await QueryAsync(new FieldFilter("Platform", "Subjects", FilterOperator.In, [Demo.Mathematics, "ehisub000000000informatics"]), type: "Platform");

        Assert.Contains(byProvider, i => i.ContentItemId == Demo.HeravarPlatform);
        Assert.NotEmpty(bySubject);
    }

    [Fact]
    public async Task And_or_not_combine()
    {
        var yerevan = new FieldFilter("School", "Region", FilterOperator.Equals, Demo.Yerevan);
        var pilot = new FieldFilter("School", "PilotSchool", FilterOperator.Equals, true);

        var both = await QueryAsync(ContentFilter.And(yerevan, pilot));
        var either = await QueryAsync(ContentFilter.Or(yerevan, pilot));
        var yerevanNotPilot = await QueryAsync(ContentFilter.And(yerevan, ContentFilter.Not(pilot)));

        Assert.NotEmpty(both);
        Assert.True(either.Count > both.Count);
        Assert.Equal((await QueryAsync(yerevan)).Count, both.Count + yerevanNotPilot.Count);
    }

    [Fact]
    public async Task Many_parameters_and_list_parameters_do_not_mix_up()
    {
        // Enough filters for parameter numbers past 10, next to list parameters (SQLite expands those).
        var filter = ContentFilter.And(
            new FieldFilter("School", "Pupils", FilterOperator.GreaterThan, 300),
            new FieldFilter("School", "PilotSchool", FilterOperator.Equals, true),
            new FieldFilter("School", "Region", FilterOperator.In, [Demo.Yerevan, Demo.Shirak]),
            new MetadataFilter(MetadataField.DisplayText, FilterOperator.NotContains, "zzz"));

        var items = await QueryAsync(filter);

        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.Field("School", "PilotSchool")!["Value"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task Date_range_and_culture()
    {
        var announcements = await QueryAsync(new FieldFilter("Announcement", "Date", FilterOperator.GreaterThanOrEqual, "2020-01-01"), type: "Announcement");
        var english = await QueryAsync(null, culture: "en");

        Assert.Equal(2, announcements.Count);
        Assert.All(english, i => Assert.Equal("en", i.Part("LocalizationPart")!["Culture"]!.GetValue<string>()));
        Assert.NotEmpty(english);
    }

    [Fact]
    public async Task Keyset_pages_walk_every_item_once_in_order()
    {
        var sort = ContentSort.ByField("School", "Pupils", descending: true);
        var all = await QueryAsync(null, sort: sort, take: 1000);

        Assert.Equal(Ids(all), await WalkByKeysetAsync(sort, take: 3));
    }

    /// <summary>
    /// Every school has the same content type, so the order is the tie-break alone: by Id in the sort's direction (what
    /// lets SQLite walk its sort index backwards for descending sorts), and keyset pages must walk it without gaps.
    /// </summary>
    [Fact]
    public async Task Ties_are_broken_by_id_in_the_sort_direction_and_keyset_pages_walk_them()
    {
        async Task<List<string>> WalkAsync(bool descending)
        {
            var sort = ContentSort.By(MetadataField.ContentType, descending);
            var walked = await WalkByKeysetAsync(sort, take: 2);
            Assert.Equal(Ids(await QueryAsync(null, sort: sort)), walked);
            return walked;
        }

        var ascending = await WalkAsync(descending: false);
        var descending = await WalkAsync(descending: true);

        Assert.True(ascending.Count > 4);
        Assert.Equal(ascending.Count, ascending.Distinct().Count());
        Assert.Equal(Enumerable.Reverse(ascending), descending);
    }

    [Fact]
    public async Task A_page_read_without_cursors_has_the_same_items_and_refuses_to_give_cursors()
    {
        var sort = ContentSort.ByField("School", "Pupils", descending: true);
        var query = new ContentQuery { ContentTypes = ["School"], OrderBy = [sort], Take = 4 };
        var withCursors = await PageAsync(query);
        var without = await PageAsync(query with { IncludeCursors = false });

        Assert.Equal(Ids(withCursors.Items), Ids(without.Items));
        Assert.Equal(withCursors.HasNextPage, without.HasNextPage);
        Assert.NotNull(withCursors.EndCursor);
        Assert.Throws<InvalidOperationException>(() => without.EndCursor);
    }

    [Fact]
    public async Task Total_count_is_independent_of_the_page()
    {
        var page = await PageAsync(new ContentQuery { ContentTypes = ["School"], Take = 2, IncludeTotal = true });

        Assert.Equal(2, page.Items.Count);
        Assert.Equal(await CountAsync(null), page.Total);
        Assert.True(page.HasNextPage);
    }

    [Theory]
    [InlineData("/api/content?type=School&filter=School.Shoesize:eq:1")]
    [InlineData("/api/content?type=School&sort=School.Mentors")]
    [InlineData("/api/content?type=School&after=not-a-cursor")]
    [InlineData("/api/content?type=School&first=100000")]
    [InlineData("/api/content?type=Spaceship")]
    [InlineData("/api/content?type=School&filter=School.Pupils:bigger:1")]
    [InlineData("/api/content?type=School&filter=School.Pupils:gt:lots")]
    [InlineData("/api/content?type=School&filter=School.Region:contains:x")]
    [InlineData("/api/content?filter=School.Pupils:gt:1")]
    public async Task Bad_queries_are_400_problems(string url)
    {
        var response = await site.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType!.ToString());
    }

    private async Task<List<ContentItem>> QueryAsync(ContentFilter? filter, string type = "School", ContentSort? sort = null, string? culture = null, int take = 1000) =>
        [.. (await PageAsync(new ContentQuery { ContentTypes = [type], Where = filter, OrderBy = sort is null ? [] : [sort], Culture = culture, Take = take })).Items];

    /// <summary>Every school, page by page through keyset cursors.</summary>
    private async Task<List<string>> WalkByKeysetAsync(ContentSort sort, int take)
    {
        var walked = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync(new ContentQuery { ContentTypes = ["School"], OrderBy = [sort], Take = take, After = after });
            walked.AddRange(page.Items.Select(i => i.ContentItemId));
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return walked;
    }

    private async Task<long> CountAsync(ContentFilter? filter) =>
        (await PageAsync(new ContentQuery { ContentTypes = ["School"], Where = filter, Take = 0, IncludeTotal = true })).Total!.Value;

    private async Task<ContentPage> PageAsync(ContentQuery query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        return await scope.ServiceProvider.GetRequiredService<ContentQueryService>().QueryAsync(query);
    }

    private static List<string> Ids(IEnumerable<ContentItem> items) => items.Select(i => i.ContentItemId).ToList();
}

public sealed class QuerySqliteTests(SqliteSite site) : QueryTests(site), IClassFixture<SqliteSite>;

public sealed class QueryPostgresTests(PostgresSite site) : QueryTests(site), IClassFixture<PostgresSite>;
