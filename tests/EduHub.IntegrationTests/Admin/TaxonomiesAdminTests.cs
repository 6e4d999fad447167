using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using EduHub.IntegrationTests.Infrastructure;
using static EduHub.IntegrationTests.Admin.ContentForms;

namespace EduHub.IntegrationTests.Admin;

/// <summary>The taxonomy terms editor of the Taxonomies module: list, add, rename per culture, reorder, remove (refused while used).</summary>
public sealed class TaxonomiesAdminTests(SqliteSite site) : IClassFixture<SqliteSite>
{
    private static readonly string[] Pages =
    [
        "/admin/taxonomies",
        $"/admin/taxonomies/{Demo.LanguagesTaxonomy}",
        $"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/new",
        $"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/{Demo.Armenian}",
        $"/admin/taxonomies/{Demo.SubjectsTaxonomy}/terms/{Demo.Mathematics}/remove",
    ];

    private async Task<AdminBrowser> EditorAsync(string name = "tax-editor", string language = "en")
    {
        await site.UserAsync(name, ["Editor"]);
        var browser = await AdminBrowser.SignedInAsync(site, name, EduHubSite.UserPassword);
        browser.Language = language;
        return browser;
    }

    private async Task<JsonObject> TaxonomyAsync(string id) => (await LatestAsync(site, id))!;

    private static JsonArray TermsOf(JsonObject taxonomy) => taxonomy["TaxonomyPart"]!["Terms"]!.AsArray();

    private static JsonObject? Term(JsonObject taxonomy, string id) =>
        TermsOf(taxonomy).OfType<JsonObject>().FirstOrDefault(t => t["ContentItemId"]!.GetValue<string>() == id);

    private static string Version(JsonObject item) => item["ContentItemVersionId"]!.GetValue<string>();

    private static string Text(JsonObject term, string part, string field) => term[part]![field]!["Text"]!.GetValue<string>();

    private static Task<HttpResponseMessage> SubmitTermAsync(AdminBrowser browser, IHtmlDocument page, Dictionary<string, string> values) =>
        browser.SubmitAsync(page, "form.term-form", values);

    [Fact]
    public async Task The_taxonomies_page_lists_each_taxonomy_with_its_term_type_and_count_and_the_menu_links_it()
    {
        var browser = await EditorAsync();

        var page = await browser.GetAsync("/admin/taxonomies");

        Assert.Equal("Taxonomies", page.QuerySelector("main h1")!.TextContent);
        var regions = page.QuerySelector($"tr[data-taxonomy='{Demo.RegionsTaxonomy}']")!;
        Assert.Equal("Regions", regions.QuerySelector("th[scope=row] a")!.TextContent);
        Assert.Equal("Region", regions.QuerySelectorAll("td")[0].TextContent);
        Assert.Equal("11", regions.QuerySelectorAll("td")[1].TextContent);
        Assert.NotNull(page.QuerySelector($"tr[data-taxonomy='{Demo.SubjectsTaxonomy}']"));
        Assert.NotNull(page.QuerySelector($"tr[data-taxonomy='{Demo.LanguagesTaxonomy}']"));
        Assert.NotNull(page.QuerySelector("nav a[href='/admin/taxonomies']"));
    }

    [Fact]
    public async Task The_terms_page_shows_the_terms_in_order_with_their_names_in_the_three_languages_in_Armenian()
    {
        var browser = await EditorAsync("tax-hy", "hy");

        var page = await browser.GetAsync($"/admin/taxonomies/{Demo.RegionsTaxonomy}");

        Assert.Equal("Մարզեր", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("11", page.QuerySelector("table.terms")!.GetAttribute("data-total"));
        var headers = page.QuerySelectorAll("table.terms thead th").Select(h => h.TextContent).ToList();
        Assert.Contains("Հայերեն անվանում", headers);
        Assert.Contains("Անգլերեն անվանում", headers);
        Assert.Contains("Ռուսերեն անվանում", headers);
        var first = page.QuerySelector("table.terms tbody tr")!;
        Assert.Equal(Demo.Yerevan, first.GetAttribute("data-term"));
        Assert.Equal("Երևան", first.QuerySelector("th[scope=row]")!.TextContent);
        Assert.Contains(first.QuerySelectorAll("td"), c => c.TextContent == "Yerevan");
        Assert.Contains(first.QuerySelectorAll("td"), c => c.TextContent == "Ереван");
        Assert.Null(first.QuerySelector("button[value=up]"));
        Assert.NotNull(first.QuerySelector("button[value=down]"));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_and_authors_get_the_denied_page()
    {
        var anonymous = new AdminBrowser(site);
        await site.UserAsync("tax-author", ["Author"]);
        var author = await AdminBrowser.SignedInAsync(site, "tax-author", EduHubSite.UserPassword);

        foreach (var url in Pages)
        {
            var signIn = await anonymous.GetResponseAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            Assert.StartsWith("/admin/account/signin", PathOf(signIn), StringComparison.Ordinal);

            var denied = await author.GetResponseAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
            Assert.StartsWith("/admin/account/denied", PathOf(denied), StringComparison.Ordinal);
        }

        Assert.Null((await author.GetAsync("/admin")).QuerySelector("nav a[href='/admin/taxonomies']"));
    }

    [Fact]
    public async Task An_author_cannot_post_a_term_even_with_a_token()
    {
        var editor = await EditorAsync("tax-editor-token");
        var form = await editor.GetAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/new");
        await site.UserAsync("tax-author-post", ["Author"]);
        var author = await AdminBrowser.SignedInAsync(site, "tax-author-post", EduHubSite.UserPassword);
        var own = await author.GetAsync("/admin");
        var token = own.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var before = Version(await TaxonomyAsync(Demo.LanguagesTaxonomy));

        var response = await author.PostAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/new",
            [new("__RequestVerificationToken", token), new("version", before), new("Title", "Լատիներեն"), new("Language.Code", "la"), new("Language.NameEn", "Latin"), new("Language.NameRu", "Латинский")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/account/denied", PathOf(response), StringComparison.Ordinal);
        Assert.Equal(before, Version(await TaxonomyAsync(Demo.LanguagesTaxonomy)));
        Assert.NotNull(form.QuerySelector("form.term-form"));
    }

    [Fact]
    public async Task Adding_a_term_saves_a_new_version_of_the_taxonomy_with_the_names_in_three_languages_and_audits_it()
    {
        var browser = await EditorAsync("tax-adder");
        var before = await TaxonomyAsync(Demo.SubjectsTaxonomy);
        var form = await browser.GetAsync($"/admin/taxonomies/{Demo.SubjectsTaxonomy}/terms/new");
        Assert.NotNull(form.QuerySelector("label[for='t-Title']"));
        Assert.NotNull(form.QuerySelector("label[for='t-Subject-NameRu']"));

        var response = await SubmitTermAsync(browser, form, new()
        {
            ["Title"] = "Աստղագիտություն", ["Subject.Slug"] = "astronomy", ["Subject.NameEn"] = "Astronomy", ["Subject.NameRu"] = "Астрономия",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/taxonomies/{Demo.SubjectsTaxonomy}", PathOf(response));
        var after = await TaxonomyAsync(Demo.SubjectsTaxonomy);
        Assert.NotEqual(Version(before), Version(after));
        Assert.Equal(TermsOf(before).Count + 1, TermsOf(after).Count);
        var added = TermsOf(after)[^1]!.AsObject();
        Assert.Equal("Subject", added["ContentType"]!.GetValue<string>());
        Assert.Equal("Աստղագիտություն", added["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal("astronomy", Text(added, "Subject", "Slug"));
        Assert.Equal("Astronomy", Text(added, "Subject", "NameEn"));
        Assert.Equal("Астрономия", Text(added, "Subject", "NameRu"));
        var versions = JsonNode.Parse(await site.Admin().GetStringAsync($"/api/content/{Demo.SubjectsTaxonomy}/versions"))!.AsArray();
        Assert.True(versions.Count >= 2);
        var audit = JsonNode.Parse(await site.Admin().GetStringAsync("/api/audit?take=5"))!.AsArray();
        Assert.Contains(audit, e => e!.ToJsonString().Contains(Demo.SubjectsTaxonomy, StringComparison.Ordinal) && e.ToJsonString().Contains("tax-adder", StringComparison.Ordinal));

        var list = await browser.FollowAsync(response);
        Assert.NotNull(list.QuerySelector($"tr[data-term='{added["ContentItemId"]!.GetValue<string>()}']"));
    }

    [Fact]
    public async Task Renaming_a_term_per_culture_keeps_its_id_and_position()
    {
        var browser = await EditorAsync("tax-renamer");
        var before = await TaxonomyAsync(Demo.LanguagesTaxonomy);
        var position = TermsOf(before).Select(t => t!["ContentItemId"]!.GetValue<string>()).ToList().IndexOf(Demo.Armenian);
        var form = await browser.GetAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/{Demo.Armenian}");
        Assert.Equal("Հայերեն", form.QuerySelector("#t-Title")!.GetAttribute("value"));
        Assert.Equal("Armenian", form.QuerySelector("#t-Language-NameEn")!.GetAttribute("value"));

        var response = await SubmitTermAsync(browser, form, new() { ["Title"] = "Հայերեն լեզու", ["Language.NameEn"] = "Armenian language", ["Language.NameRu"] = "Армянский язык" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await TaxonomyAsync(Demo.LanguagesTaxonomy);
        var term = Term(after, Demo.Armenian)!;
        Assert.Equal(position, TermsOf(after).IndexOf(term));
        Assert.Equal("Հայերեն լեզու", term["TitlePart"]!["Title"]!.GetValue<string>());
        Assert.Equal("Армянский язык", Text(term, "Language", "NameRu"));
        Assert.Equal("Armenian language", Text(term, "Language", "NameEn"));
        Assert.Equal("hy", Text(term, "Language", "Code"));
    }

    [Fact]
    public async Task Bad_values_are_reported_next_to_their_fields_in_the_editors_language_and_nothing_is_stored()
    {
        var browser = await EditorAsync("tax-invalid", "hy");
        var before = await TaxonomyAsync(Demo.SubjectsTaxonomy);
        var form = await browser.GetAsync($"/admin/taxonomies/{Demo.SubjectsTaxonomy}/terms/new");

        var empty = await SubmitTermAsync(browser, form, new() { ["Title"] = "", ["Subject.Slug"] = "x", ["Subject.NameEn"] = "X", ["Subject.NameRu"] = "X" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        var page = await AdminBrowser.ParseAsync(empty);
        Assert.Equal("Հայերեն անվանումը պարտադիր է։", page.QuerySelector("[data-field='Title'] .field-error")!.TextContent);
        Assert.Equal("true", page.QuerySelector("#t-Title")!.GetAttribute("aria-invalid"));

        var response = await SubmitTermAsync(browser, form, new()
        {
            ["Title"] = "Նոր առարկա", ["Subject.Slug"] = "new-subject", ["Subject.NameEn"] = new string('a', 151), ["Subject.NameRu"] = "",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        page = await AdminBrowser.ParseAsync(response);
        Assert.Equal("Անգլերեն անվանում դաշտը պետք է լինի առավելագույնը 150 նիշ (այժմ՝ 151)։", page.QuerySelector("[data-field='Subject.NameEn'] .field-error")!.TextContent);
        Assert.Equal("Ռուսերեն անվանում դաշտը պարտադիր է։", page.QuerySelector("[data-field='Subject.NameRu'] .field-error")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-problems] a[href='#t-Subject-NameEn']"));
        Assert.Equal("Նոր առարկա", page.QuerySelector("#t-Title")!.GetAttribute("value"));
        Assert.Equal(Version(before), Version(await TaxonomyAsync(Demo.SubjectsTaxonomy)));
    }

    [Fact]
    public async Task Moving_a_term_up_swaps_it_with_the_one_above_as_a_new_version()
    {
        var browser = await EditorAsync("tax-mover");
        var before = TermsOf(await TaxonomyAsync(Demo.RegionsTaxonomy)).Select(t => t!["ContentItemId"]!.GetValue<string>()).ToList();
        var page = await browser.GetAsync($"/admin/taxonomies/{Demo.RegionsTaxonomy}");

        var response = await browser.PressAsync(page, $"tr[data-term='{before[2]}'] form", "button[value=up]", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = TermsOf(await TaxonomyAsync(Demo.RegionsTaxonomy)).Select(t => t!["ContentItemId"]!.GetValue<string>()).ToList();
        Assert.Equal([before[0], before[2], before[1], .. before[3..]], after);
        var list = await browser.FollowAsync(response);
        Assert.Equal(before[2], list.QuerySelectorAll("table.terms tbody tr")[1].GetAttribute("data-term"));
    }

    [Fact]
    public async Task A_stale_form_is_refused_as_a_conflict_and_changes_nothing()
    {
        var browser = await EditorAsync("tax-stale");
        var page = await browser.GetAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}");
        var first = page.QuerySelector("table.terms tbody tr")!.GetAttribute("data-term")!;
        var form = await browser.GetAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/{first}");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.PressAsync(page, "table.terms tbody tr form", "button[value=down]", [])).StatusCode);
        var moved = Version(await TaxonomyAsync(Demo.LanguagesTaxonomy));

        var response = await SubmitTermAsync(browser, form, new() { ["Language.NameEn"] = "Changed on a stale form" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Someone else changed this taxonomy", (await AdminBrowser.ParseAsync(response)).QuerySelector("[data-problems]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(moved, Version(await TaxonomyAsync(Demo.LanguagesTaxonomy)));
    }

    [Fact]
    public async Task Removing_a_term_that_content_uses_is_refused_with_the_number_of_items_and_links_to_them()
    {
        var browser = await EditorAsync("tax-remover");
        var before = Version(await TaxonomyAsync(Demo.SubjectsTaxonomy));
        var page = await browser.GetAsync($"/admin/taxonomies/{Demo.SubjectsTaxonomy}/terms/{Demo.Mathematics}/remove");

        var alert = page.QuerySelector("[data-used-by]")!;
        var usedBy = int.Parse(alert.GetAttribute("data-used-by")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(usedBy > 0);
        Assert.Contains($"{usedBy} content items use it", alert.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("main form button.button--danger"));
        var link = alert.QuerySelector("a[href^='/admin/content/']")!.GetAttribute("href")!;
        var listed = await browser.GetAsync(link);
        Assert.True(int.Parse(listed.QuerySelector("[data-total]")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture) > 0);

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await browser.PostAsync($"/admin/taxonomies/{Demo.SubjectsTaxonomy}/terms/{Demo.Mathematics}/remove", [new("__RequestVerificationToken", token), new("version", before)]);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.NotNull((await AdminBrowser.ParseAsync(response)).QuerySelector("[data-used-by]"));
        Assert.NotNull(Term(await TaxonomyAsync(Demo.SubjectsTaxonomy), Demo.Mathematics));
        Assert.Equal(before, Version(await TaxonomyAsync(Demo.SubjectsTaxonomy)));
    }

    [Fact]
    public async Task The_refusal_names_the_count_in_Russian()
    {
        var browser = await EditorAsync("tax-remover-ru", "ru");

        var page = await browser.GetAsync($"/admin/taxonomies/{Demo.SubjectsTaxonomy}/terms/{Demo.Mathematics}/remove");

        var alert = page.QuerySelector("[data-used-by]")!;
        Assert.Contains($"Этот термин нельзя удалить: его используют элементы содержимого ({alert.GetAttribute("data-used-by")})", alert.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unused_term_is_removed_after_confirmation_as_a_new_version()
    {
        var browser = await EditorAsync("tax-cleaner");
        var form = await browser.GetAsync($"/admin/taxonomies/{Demo.RegionsTaxonomy}/terms/new");
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitTermAsync(browser, form, new()
        {
            ["Title"] = "Փորձնական մարզ", ["Region.Code"] = "AM-XX", ["Region.NameEn"] = "Test region", ["Region.NameRu"] = "Тестовый регион",
        })).StatusCode);
        var added = TermsOf(await TaxonomyAsync(Demo.RegionsTaxonomy))[^1]!["ContentItemId"]!.GetValue<string>();
        var before = Version(await TaxonomyAsync(Demo.RegionsTaxonomy));

        var page = await browser.GetAsync($"/admin/taxonomies/{Demo.RegionsTaxonomy}/terms/{added}/remove");
        Assert.Null(page.QuerySelector("[data-used-by]"));
        var response = await browser.PressAsync(page, "main form", "button.button--danger", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await TaxonomyAsync(Demo.RegionsTaxonomy);
        Assert.Null(Term(after, added));
        Assert.NotEqual(before, Version(after));
    }

    [Fact]
    public async Task Posts_without_the_anti_forgery_token_are_rejected_and_change_nothing()
    {
        var browser = await EditorAsync("tax-forger");
        var before = Version(await TaxonomyAsync(Demo.LanguagesTaxonomy));

        var add = await browser.PostAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/new",
            [new("version", before), new("Title", "Լատիներեն"), new("Language.Code", "la"), new("Language.NameEn", "Latin"), new("Language.NameRu", "Латинский")]);
        var move = await browser.PostAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}", [new("version", before), new("term", Demo.Armenian), new("direction", "down")]);
        var remove = await browser.PostAsync($"/admin/taxonomies/{Demo.LanguagesTaxonomy}/terms/{Demo.Armenian}/remove", [new("version", before)]);

        Assert.Equal(HttpStatusCode.BadRequest, add.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, move.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, remove.StatusCode);
        Assert.Equal(before, Version(await TaxonomyAsync(Demo.LanguagesTaxonomy)));
    }
}
