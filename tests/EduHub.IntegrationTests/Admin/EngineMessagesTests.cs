using System.Net;
using EduHub.IntegrationTests.Infrastructure;
using static EduHub.IntegrationTests.Admin.ContentForms;

namespace EduHub.IntegrationTests.Admin;

/// <summary>The engine's validation messages (English, with a code and arguments) shown in the editor's language; the HTML toolbar's labels too.</summary>
public sealed class EngineMessagesTests(EngineMessagesTests.Site site) : IClassFixture<EngineMessagesTests.Site>
{
    public sealed class Site : SqliteSite, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await base.InitializeAsync();
            await RecipeRunner.RunAsync(Services, """
                { "steps": [ { "name": "ContentDefinition",
                  "ContentTypes": [ { "Name": "Memo", "DisplayName": "Memo",
                    "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
                    "ContentTypePartDefinitionRecords": [
                      { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" }, "TitlePartSettings": { "Options": "EditableRequired" } } },
                      { "PartName": "Memo", "Name": "Memo", "Settings": { "ContentTypePartSettings": { "Position": "1" } } } ] } ],
                  "ContentParts": [ { "Name": "Memo", "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Code", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Code", "Position": "0" }, "TextFieldSettings": { "Required": true, "MaxLength": 10 } } },
                    { "FieldName": "NumericField", "Name": "Pages", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Pages", "Position": "1" }, "NumericFieldSettings": { "Minimum": 1 } } },
                    { "FieldName": "HtmlField", "Name": "Body", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Body", "Position": "2" } } } ] } ] } ] }
                """);
            await UserAsync("engine-editor", ["Editor"]);
        }
    }

    private async Task<AdminBrowser> EditorAsync(string language)
    {
        var browser = await AdminBrowser.SignedInAsync(site, "engine-editor", EduHubSite.UserPassword);
        browser.Language = language;
        return browser;
    }

    private async Task<int> MemoCountAsync(AdminBrowser browser) =>
        int.Parse((await browser.GetAsync("/admin/content/Memo")).QuerySelector("[data-total]")!.GetAttribute("data-total")!, System.Globalization.CultureInfo.InvariantCulture);

    private static string ErrorOf(AngleSharp.Html.Dom.IHtmlDocument page, string key) =>
        page.QuerySelector($"[data-field='{key}'] .field-error")?.TextContent.Trim() ?? throw new InvalidOperationException($"No error next to {key}.");

    [Fact]
    public async Task An_Armenian_editor_sees_the_too_long_and_required_messages_in_Armenian_next_to_the_fields_and_nothing_is_stored()
    {
        var browser = await EditorAsync("hy");
        var before = await MemoCountAsync(browser);
        var create = await browser.GetAsync("/admin/content/Memo/create");

        var response = await PostAsync(browser, create, "save", V("TitlePart.Title", ""), V("Memo.Code", "ABCDEFGHIJKL"), V("Memo.Pages", "0"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await AdminBrowser.ParseAsync(response);
        var codeLabel = page.QuerySelector("[data-field='Memo.Code'] label")!.TextContent.Replace("*", "", StringComparison.Ordinal).Trim();
        Assert.StartsWith("Code", codeLabel, StringComparison.Ordinal);
        Assert.Equal("Code դաշտը պետք է լինի առավելագույնը 10 նիշ (այժմ՝ 12)։", ErrorOf(page, "Memo.Code"));
        Assert.EndsWith("դաշտը պարտադիր է։", ErrorOf(page, "TitlePart.Title"), StringComparison.Ordinal);
        Assert.Equal("Pages դաշտի արժեքը պետք է լինի առնվազն 1։", ErrorOf(page, "Memo.Pages"));
        Assert.DoesNotContain("must be at most", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("is required", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await MemoCountAsync(browser));
    }

    [Fact]
    public async Task A_missing_required_field_is_reported_in_Russian_and_in_English()
    {
        foreach (var (language, expected) in new[] { ("ru", "Поле «Code» обязательно."), ("en", "Code is required.") })
        {
            var browser = await EditorAsync(language);
            var create = await browser.GetAsync("/admin/content/Memo/create");

            var response = await PostAsync(browser, create, "save", V("TitlePart.Title", "Memo"), V("Memo.Code", ""));

            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal(expected, ErrorOf(await AdminBrowser.ParseAsync(response), "Memo.Code"));
        }
    }

    [Fact]
    public async Task The_html_toolbar_labels_come_from_the_server_in_the_editors_language_and_the_field_stays_a_plain_textarea()
    {
        foreach (var (language, bold, list, link) in new[] { ("hy", "Թավ", "Կետանշված ցանկ", "Հղում"), ("ru", "Полужирный", "Маркированный список", "Ссылка"), ("en", "Bold", "Bulleted list", "Link") })
        {
            var browser = await EditorAsync(language);
            var create = await browser.GetAsync("/admin/content/Memo/create");

            var area = create.QuerySelector("textarea[name='Memo.Body'][data-editor=html]")!;
            Assert.Equal(bold, area.GetAttribute("data-label-strong"));
            Assert.Equal(list, area.GetAttribute("data-label-ul"));
            Assert.Equal(link, area.GetAttribute("data-label-a"));
            Assert.Contains(list.Split(' ')[^1], area.GetAttribute("data-text-ul")!, StringComparison.OrdinalIgnoreCase);
            Assert.Null(create.QuerySelector(".html-toolbar"));
        }
    }
}
