using System.Net;
using EduHub.IntegrationTests.Infrastructure;
using static EduHub.IntegrationTests.Admin.ContentForms;

namespace EduHub.IntegrationTests.Admin;

/// <summary>Every field editor, on a type made for the test that has one field of each kind, saved and shown again.</summary>
public sealed class ContentFieldEditorTests(ContentFieldEditorTests.Site site) : IClassFixture<ContentFieldEditorTests.Site>
{
    public sealed class Site : SqliteSite, IAsyncLifetime
    {
        async Task IAsyncLifetime.InitializeAsync()
        {
            await base.InitializeAsync();
            await RecipeRunner.RunAsync(Services, $$"""
                { "steps": [ { "name": "ContentDefinition",
                  "ContentTypes": [ { "Name": "FieldLab", "DisplayName": "Field lab",
                    "Settings": { "ContentTypeSettings": { "Creatable": true, "Listable": true, "Draftable": true, "Versionable": true } },
                    "ContentTypePartDefinitionRecords": [
                      { "PartName": "TitlePart", "Name": "TitlePart", "Settings": { "ContentTypePartSettings": { "Position": "0" }, "TitlePartSettings": { "Options": "EditableRequired" } } },
                      { "PartName": "FieldLab", "Name": "FieldLab", "Settings": { "ContentTypePartSettings": { "Position": "2" } } },
                      { "PartName": "PublishLaterPart", "Name": "PublishLaterPart", "Settings": { "ContentTypePartSettings": { "Position": "1" } } } ] } ],
                  "ContentParts": [ { "Name": "FieldLab", "ContentPartFieldDefinitionRecords": [
                    { "FieldName": "TextField", "Name": "Notes", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Notes", "Editor": "TextArea", "Position": "0" } } },
                    { "FieldName": "TextField", "Name": "Mood", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Mood", "Position": "1" },
                      "TextFieldPredefinedListEditorSettings": { "Editor": "Radio", "Options": [ { "name": "Happy", "value": "happy" }, { "name": "Calm", "value": "calm" } ] } } },
                    { "FieldName": "HtmlField", "Name": "Body", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Body", "Position": "2" } } },
                    { "FieldName": "MarkdownField", "Name": "Readme", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Readme", "Position": "3" } } },
                    { "FieldName": "NumericField", "Name": "Score", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Score", "Position": "4" }, "NumericFieldSettings": { "Scale": 2, "Maximum": 100 } } },
                    { "FieldName": "BooleanField", "Name": "Approved", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Approved", "Position": "5" }, "BooleanFieldSettings": { "Label": "Approved by the ministry" } } },
                    { "FieldName": "DateField", "Name": "Day", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Day", "Position": "6" } } },
                    { "FieldName": "DateTimeField", "Name": "Moment", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Moment", "Position": "7" } } },
                    { "FieldName": "LinkField", "Name": "Site", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Site", "Position": "8" } } },
                    { "FieldName": "ContentPickerField", "Name": "Schools", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Schools", "Position": "9" }, "ContentPickerFieldSettings": { "Multiple": true, "DisplayedContentTypes": [ "School" ] } } },
                    { "FieldName": "TaxonomyField", "Name": "Region", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Region", "Position": "10" }, "TaxonomyFieldSettings": { "Unique": true, "TaxonomyContentItemId": "{{Demo.RegionsTaxonomy}}" } } },
                    { "FieldName": "MultiTextField", "Name": "Keywords", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Keywords", "Position": "11" } } },
                    { "FieldName": "MediaField", "Name": "Files", "Settings": { "ContentPartFieldSettings": { "DisplayName": "Files", "Position": "12" }, "MediaFieldSettings": { "Multiple": true } } } ] } ] } ] }
                """);
        }
    }

    [Fact]
    public async Task Every_field_editor_saves_its_value_and_shows_it_again()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var create = await browser.GetAsync("/admin/content/FieldLab/create");

        var saved = await PostAsync(browser, create, "save",
            V("TitlePart.Title", "Everything"),
            V("PublishLaterPart.ScheduledPublishUtc", "2027-01-02T03:04"),
            V("FieldLab.Notes", "line one\nline two"),
            V("FieldLab.Mood", "calm"),
            V("FieldLab.Body", "<p>Body <strong>text</strong></p>"),
            V("FieldLab.Readme", "# Title\n\n*emphasis*"),
            V("FieldLab.Score", "12.5"),
            V("FieldLab.Approved", "true"),
            V("FieldLab.Day", "2026-12-24"),
            V("FieldLab.Moment", "2026-12-24T18:30"),
            V("FieldLab.Site", "https://example.am/page"),
            V("FieldLab.Site.Text", "Example"),
            V("FieldLab.Schools", Demo.School187, Demo.School203),
            V("FieldLab.Region", Demo.Shirak),
            V("FieldLab.Keywords", "alpha\r\n beta \r\n\r\ngamma"),
            V("FieldLab.Files", "guides/one.pdf\nhttps://files.example.am/two.pdf"));

        var id = IdFrom(saved);
        var stored = (await LatestAsync(site, id))!["FieldLab"]!;
        Assert.Equal("line one\nline two", stored["Notes"]!["Text"]!.GetValue<string>());
        Assert.Equal("calm", stored["Mood"]!["Text"]!.GetValue<string>());
        Assert.Equal(12.5m, stored["Score"]!["Value"]!.GetValue<decimal>());
        Assert.True(stored["Approved"]!["Value"]!.GetValue<bool>());
        Assert.StartsWith("2026-12-24", stored["Day"]!["Value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("2026-12-24T18:30", stored["Moment"]!["Value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(["alpha", "beta", "gamma"], stored["Keywords"]!["Values"]!.AsArray().Select(v => v!.GetValue<string>()).ToList());
        Assert.Equal(2, stored["Schools"]!["ContentItemIds"]!.AsArray().Count);
        Assert.Equal(Demo.Shirak, stored["Region"]!["TermContentItemIds"]![0]!.GetValue<string>());

        var edit = await browser.GetAsync($"/admin/content/item/{id}");
        Assert.Equal("2027-01-02T03:04", edit.QuerySelector("input[type=datetime-local][name='PublishLaterPart.ScheduledPublishUtc']")!.GetAttribute("value"));
        Assert.Equal("line one\nline two", edit.QuerySelector("textarea[name='FieldLab.Notes']")!.TextContent);
        Assert.NotNull(edit.QuerySelector("input[type=radio][name='FieldLab.Mood'][value=calm][checked]"));
        Assert.Equal("<p>Body <strong>text</strong></p>", edit.QuerySelector("textarea[data-editor=html][name='FieldLab.Body']")!.TextContent);
        Assert.Equal("# Title\n\n*emphasis*", edit.QuerySelector("textarea[data-editor=markdown][name='FieldLab.Readme']")!.TextContent);
        Assert.Equal("12.5", edit.QuerySelector("input[type=number][name='FieldLab.Score']")!.GetAttribute("value"));
        Assert.NotNull(edit.QuerySelector("input[type=checkbox][name='FieldLab.Approved'][checked]"));
        Assert.Equal("Approved by the ministry", edit.QuerySelector("label[for='f-FieldLab-Approved'].inline-label")!.TextContent);
        Assert.Equal("2026-12-24", edit.QuerySelector("input[type=date][name='FieldLab.Day']")!.GetAttribute("value"));
        Assert.Equal("2026-12-24T18:30", edit.QuerySelector("input[type=datetime-local][name='FieldLab.Moment']")!.GetAttribute("value"));
        Assert.Equal("https://example.am/page", edit.QuerySelector("input[type=url][name='FieldLab.Site']")!.GetAttribute("value"));
        Assert.Equal("Example", edit.QuerySelector("input[name='FieldLab.Site.Text']")!.GetAttribute("value"));
        Assert.Equal([Demo.School187, Demo.School203], edit.QuerySelectorAll("select[name='FieldLab.Schools'][multiple] option[selected]").Select(o => o.GetAttribute("value")!).Order(StringComparer.Ordinal).ToList());
        Assert.NotNull(edit.QuerySelector($"select[name='FieldLab.Region'] option[value='{Demo.Shirak}'][selected]"));
        Assert.Equal("alpha\nbeta\ngamma", edit.QuerySelector("textarea[name='FieldLab.Keywords']")!.TextContent);
        Assert.Equal("guides/one.pdf\nhttps://files.example.am/two.pdf", edit.QuerySelector("textarea[name='FieldLab.Files']")!.TextContent);

        // Saving the form unchanged changes nothing; unchecking and clearing removes values.
        var version = (await LatestAsync(site, id))!["ContentItemVersionId"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(browser, edit, "save")).StatusCode);
        Assert.Equal(version, (await LatestAsync(site, id))!["ContentItemVersionId"]!.GetValue<string>());
        edit = await browser.GetAsync($"/admin/content/item/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(browser, edit, "save", V("FieldLab.Approved"), V("FieldLab.Schools"), V("FieldLab.Score", ""))).StatusCode);
        var cleared = (await LatestAsync(site, id))!["FieldLab"]!;
        Assert.False(cleared["Approved"]!["Value"]!.GetValue<bool>());
        Assert.Empty(cleared["Schools"]!["ContentItemIds"]!.AsArray());
        Assert.Null(cleared["Score"]!["Value"]);
    }

    [Fact]
    public async Task Bad_values_of_each_kind_are_reported_next_to_their_field()
    {
        var browser = await AdminBrowser.SignedInAsync(site, "admin", EduHubSite.AdminPassword);
        var create = await browser.GetAsync("/admin/content/FieldLab/create");
        var before = (await browser.GetAsync("/admin/content/FieldLab")).QuerySelector("[data-total]")!.GetAttribute("data-total");

        var response = await PostAsync(browser, create, "save",
            V("TitlePart.Title", ""),
            V("FieldLab.Score", "1000"),
            V("FieldLab.Day", "yesterday"),
            V("FieldLab.Site", "not a url"),
            V("FieldLab.Files", "../secret.txt"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = await AdminBrowser.ParseAsync(response);
        foreach (var key in new[] { "TitlePart.Title", "FieldLab.Score", "FieldLab.Day", "FieldLab.Site", "FieldLab.Files" })
        {
            Assert.NotNull(page.QuerySelector($"[data-field='{key}'] .field-error"));
        }

        Assert.Equal(before, (await browser.GetAsync("/admin/content/FieldLab")).QuerySelector("[data-total]")!.GetAttribute("data-total"));
    }
}
