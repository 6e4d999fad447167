using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Search;

/// <summary>/api/search over the setup recipe's public index and the demo content.</summary>
public abstract class SearchTests(EduHubSite site)
{
    private const string Heravar = Demo.HeravarPlatform;
    private const string Gyumri41 = "ehisch0000000000gyumri41hy";
    private const string DasaranHy = "ehiplt00000000000dasaranhy";
    private const string AybEn = "ehiplt000000000000000ayben";
    private const string ParentsGuide = "ehisgd00000000000parentshy";

    [Fact]
    public async Task A_platform_is_found_by_an_armenian_word_of_its_title()
    {
        var result = await site.Anonymous().FindAsync("q=" + Uri.EscapeDataString("հարթակ"), Heravar);

        Assert.True(result.Has(Heravar));
        var hit = result["hits"]!.AsArray().First(h => h!["contentItemId"]!.GetValue<string>() == Heravar)!;
        Assert.Equal("Platform", hit["contentType"]!.GetValue<string>());
        Assert.Equal("hy", hit["culture"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Երևան")]
    [InlineData("Երեւան")]
    [InlineData("ԵՐԵՎԱՆ")]
    [InlineData("Yerevan")]
    [InlineData("Ереван")]
    public async Task Yerevan_in_any_spelling_or_script_finds_the_yerevan_school(string spelling)
    {
        var result = await site.Anonymous().FindAsync("types=School&q=" + Uri.EscapeDataString(spelling), Demo.School187);

        Assert.True(result.Has(Demo.School187), $"{spelling}: {result.ToJsonString()}");
    }

    [Theory]
    [InlineData("Գյումրի")]
    [InlineData("Gyumri")]
    [InlineData("Гюмри")]
    public async Task The_school_in_gyumri_is_found_through_the_irregular_genitive(string spelling)
    {
        var result = await site.Anonymous().FindAsync("types=School&q=" + Uri.EscapeDataString(spelling), Gyumri41);

        Assert.True(result.Has(Gyumri41), result.ToJsonString());
    }

    [Fact]
    public async Task The_guide_for_parents_is_found_by_inflected_words_and_highlighted()
    {
        var result = await site.Anonymous().FindAsync("q=" + Uri.EscapeDataString("ծնողներ համացանցում"), ParentsGuide);

        var hit = result["hits"]!.AsArray().First(h => h!["contentItemId"]!.GetValue<string>() == ParentsGuide)!;
        Assert.Contains(hit["highlights"]!.AsArray(), h => h!.GetValue<string>().Contains("<em>", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_typo_in_a_longer_word_is_tolerated()
    {
        var result = await site.Anonymous().FindAsync("q=Dasarn", "ehiplt00000000000dasaranen");

        Assert.True(result.Has("ehiplt00000000000dasaranen"));
    }

    [Fact]
    public async Task A_quoted_phrase_matches_only_the_words_in_that_order()
    {
        var inOrder = await site.Anonymous().FindAsync("q=" + Uri.EscapeDataString("\"distance pilot lessons\""), AybEn);
        var reversed = await site.Anonymous().SearchAsync("q=" + Uri.EscapeDataString("\"lessons pilot distance\""));

        Assert.True(inOrder.Has(AybEn));
        Assert.False(reversed.Has(AybEn));
    }

    [Fact]
    public async Task Facets_count_values_and_filters_narrow_the_hits()
    {
        var all = await site.Anonymous().SearchUntilAsync("types=Platform&size=100", r => r["total"]!.GetValue<int>() >= 20);
        var cost = all["facets"]!["cost"]!.AsArray();
        var freemium = cost.First(v => v!["value"]!.GetValue<string>() == "freemium")!["count"]!.GetValue<int>();

        var filtered = await site.Anonymous().SearchAsync("types=Platform&cost=freemium&size=100");

        Assert.Equal(freemium, filtered["total"]!.GetValue<int>());
        Assert.All(filtered["hits"]!.AsArray(), h => Assert.Equal("Platform", h!["contentType"]!.GetValue<string>()));
        Assert.Contains(filtered.Ids(), id => id.Contains("zoom", StringComparison.Ordinal));
        Assert.Contains(all["facets"]!["contentType"]!.AsArray(), v => v!["value"]!.GetValue<string>() == "Platform");
    }

    [Fact]
    public async Task Region_facet_shows_term_names_and_filters_by_term_id()
    {
        var result = await site.Anonymous().SearchUntilAsync($"types=School&region={Demo.Shirak}", r => r.Has(Gyumri41));

        Assert.True(result.Has(Gyumri41));
        Assert.DoesNotContain(Demo.School187, result.Ids());
        var shirak = result["facets"]!["region"]!.AsArray().First(v => v!["value"]!.GetValue<string>() == Demo.Shirak)!;
        Assert.Equal("Շիրակ", shirak["label"]!.GetValue<string>());
    }

    [Fact]
    public async Task Culture_narrows_the_hits_to_one_language()
    {
        var result = await site.Anonymous().FindAsync("culture=en&q=Dasaran", "ehiplt00000000000dasaranen");

        Assert.All(result["hits"]!.AsArray(), h => Assert.Equal("en", h!["culture"]!.GetValue<string>()));
        Assert.DoesNotContain(DasaranHy, result.Ids());
    }

    [Fact]
    public async Task Suggestions_complete_the_beginning_of_a_title()
    {
        var client = site.Anonymous();
        await client.FindAsync("q=Dasaran", DasaranHy);

        var suggestions = await (await client.GetAsync("/api/search/suggest?q=" + Uri.EscapeDataString("Դասա"))).ReadArrayAsync();

        Assert.Contains(suggestions, s => s!["contentItemId"]!.GetValue<string>() == DasaranHy);
    }

    [Fact]
    public async Task Publishing_makes_an_item_findable_and_unpublishing_and_deleting_remove_it()
    {
        var admin = site.Admin();
        var word = "Քվանտալուսին" + Guid.NewGuid().ToString("n")[..6];
        var created = await (await admin.PostJsonAsync("/api/content", Items.Platform($"{word} հարթակ"))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();
        var query = "q=" + Uri.EscapeDataString(word);

        Assert.True((await site.Anonymous().FindAsync(query, id)).Has(id));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostEmptyAsync($"/api/content/{id}/unpublish")).StatusCode);
        Assert.False((await site.Anonymous().LoseAsync(query, id)).Has(id));

        Assert.Equal(HttpStatusCode.OK, (await admin.PostEmptyAsync($"/api/content/{id}/publish")).StatusCode);
        Assert.True((await site.Anonymous().FindAsync(query, id)).Has(id));

        Assert.True((await admin.DeleteAsync($"/api/content/{id}")).IsSuccessStatusCode);
        Assert.False((await site.Anonymous().LoseAsync(query, id)).Has(id));
    }

    [Fact]
    public async Task A_draft_is_never_in_search_results()
    {
        var admin = site.Admin();
        var word = "Ծիրանաթև" + Guid.NewGuid().ToString("n")[..6];
        var draft = await (await admin.PostJsonAsync("/api/content?draft=true", Items.Platform($"{word} սևագիր"))).ReadObjectAsync();
        var published = await (await admin.PostJsonAsync("/api/content", Items.Platform($"{word} հրապարակված"))).ReadObjectAsync();

        var result = await admin.FindAsync("q=" + Uri.EscapeDataString(word), published["ContentItemId"]!.GetValue<string>());

        Assert.DoesNotContain(draft["ContentItemId"]!.GetValue<string>(), result.Ids());
    }

    [Fact]
    public async Task A_provider_rename_reaches_the_platforms_that_show_its_name()
    {
        var admin = site.Admin();
        var word = "Providername" + Guid.NewGuid().ToString("n")[..6];
        var created = await admin.PostJsonAsync("/api/content", new JsonObject
        {
            ["ContentType"] = "PartnerOrganization",
            ["TitlePart"] = new JsonObject { ["Title"] = "Temporary provider" },
            ["LocalizationPart"] = new JsonObject { ["Culture"] = "en" },
            ["PartnerOrganization"] = new JsonObject
            {
                ["Kind"] = new JsonObject { ["Text"] = "ngo" },
                ["Website"] = new JsonObject { ["Url"] = "https://provider.example.am", ["Text"] = "Site" },
            },
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var organization = await created.ReadObjectAsync();
        var platform = Items.Platform("Provider-linked platform");
        platform["Platform"]!["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray(organization["ContentItemId"]!.GetValue<string>()) };
        var platformId = (await (await admin.PostJsonAsync("/api/content", platform)).ReadObjectAsync())["ContentItemId"]!.GetValue<string>();

        organization["TitlePart"]!["Title"] = word;
        Assert.True((await admin.PostJsonAsync("/api/content", organization)).IsSuccessStatusCode);

        Assert.True((await site.Anonymous().FindAsync("q=" + word, platformId)).Has(platformId));
    }

    [Fact]
    public async Task A_mentors_private_email_and_phone_are_never_findable()
    {
        var anonymous = site.Anonymous();
        var byName = await anonymous.FindAsync("q=" + Uri.EscapeDataString("Լիլիթ Առաքելյան"), Demo.Mentor1);
        Assert.True(byName.Has(Demo.Mentor1));

        foreach (var secret in new[] { "lilit.arakelyan@example.org", "lilit.arakelyan", "arakelyan@example.org", "+37499000101", "37499000101", "099000101" })
        {
            foreach (var client in new[] { anonymous, site.Admin() })
            {
                var result = await client.SearchAsync("q=" + Uri.EscapeDataString(secret));
                Assert.DoesNotContain(Demo.Mentor1, result.Ids());
            }
        }

        var suggestions = await (await anonymous.GetAsync("/api/search/suggest?q=lilit.arakelyan")).ReadArrayAsync();
        Assert.Empty(suggestions);
    }

    [Theory]
    [InlineData("q=%22unclosed", "Invalid query syntax")]
    [InlineData("q=-", "Invalid query syntax")]
    [InlineData("q=-excluded", "Invalid query syntax")]
    [InlineData("index=nosuchindex&q=school", "Unknown index")]
    [InlineData("facets=color", "Unknown facet")]
    [InlineData("size=101", "Invalid page size")]
    [InlineData("size=0", "Invalid page size")]
    [InlineData("size=ten", "Invalid parameter")]
    [InlineData("page=0", "Invalid page")]
    [InlineData("page=1000&size=100", "Invalid page")]
    [InlineData("types=NoSuchType", "Unknown content type")]
    [InlineData("culture=fr", "Unknown culture")]
    public async Task Bad_input_is_a_clear_400_and_changes_nothing(string query, string title)
    {
        var client = site.Anonymous();
        var before = await client.SearchUntilAsync("types=Platform&size=1", r => r["total"]!.GetValue<int>() > 0);

        var response = await client.GetAsync("/api/search?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal(title, problem["title"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()));
        var after = await client.SearchAsync("types=Platform&size=1");
        Assert.Equal(before["total"]!.GetValue<int>(), after["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_query_over_the_length_limit_is_refused()
    {
        var response = await site.Anonymous().GetAsync("/api/search?q=" + new string('ա', 300));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Query too long", (await response.ReadObjectAsync())["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Search_answers_are_not_cached_publicly()
    {
        var response = await site.Anonymous().GetAsync("/api/search?q=school");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }
}

public sealed class SearchSqliteTests(SqliteSite site) : SearchTests(site), IClassFixture<SqliteSite>;

public sealed class SearchPostgresTests(PostgresSite site) : SearchTests(site), IClassFixture<PostgresSite>;
