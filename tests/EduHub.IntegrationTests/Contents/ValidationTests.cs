using System.Net;
using System.Text.Json.Nodes;
using EduHub.IntegrationTests.Infrastructure;

namespace EduHub.IntegrationTests.Contents;

/// <summary>Every bad input gets a clear error naming the field, and nothing is stored.</summary>
public abstract class ValidationTests(EduHubSite site)
{
    public static TheoryData<string, string, string> BadSchoolValues => new()
    {
        { "School.Phone", "{\"Text\": \"12345\"}", "Armenian phone number" },
        { "School.PostalCode", "{\"Text\": \"37501\"}", "4 digits" },
        { "School.SchoolType", "{\"Text\": \"university\"}", "allowed values" },
        { "School.Region", "{\"TaxonomyContentItemId\": \"ehitax0000000000000regions\", \"TermContentItemIds\": [\"ehisub000000000mathematics\"]}", "not a term of this taxonomy" },
        { "School.Mentors", "{\"ContentItemIds\": [\"ehiplt00000000000heravarhy\"]}", "only Mentor may be picked" },
        { "School.Mentors", "{\"ContentItemIds\": [\"zzzzzzzzzzzzzzzzzzzzzzzzzz\"]}", "does not exist" },
        { "School.Pupils", "{\"Value\": -5}", "at least 0" },
        { "School.Pupils", "{\"Value\": \"many\"}", "must be a number" },
        { "School.Email", "{\"Text\": \"not-an-email\"}", "e-mail" },
    };

    [Theory]
    [MemberData(nameof(BadSchoolValues))]
    public async Task Bad_school_value_is_refused_with_the_field_named(string path, string value, string message)
    {
        var school = Items.School($"Invalid school {Guid.NewGuid():n}");
        var (part, field) = (path.Split('.')[0], path.Split('.')[1]);
        school[part]![field] = JsonNode.Parse(value);

        var response = await site.Admin().PostJsonAsync("/api/content", school);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        var errors = problem["errors"]![path]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.Contains(errors, e => e.Contains(message, StringComparison.OrdinalIgnoreCase));
        await AssertNoSchoolTitledAsync(school["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_required_fields_are_each_reported()
    {
        var school = Items.School($"Incomplete school {Guid.NewGuid():n}");
        school["School"]!.AsObject().Remove("Region");
        school["School"]!.AsObject().Remove("Community");

        var response = await site.Admin().PostJsonAsync("/api/content", school);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadObjectAsync();
        Assert.Equal("required", problem["codes"]!["School.Region"]![0]!.GetValue<string>());
        Assert.Equal("required", problem["codes"]!["School.Community"]![0]!.GetValue<string>());
        await AssertNoSchoolTitledAsync(school["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Non_https_platform_website_is_refused()
    {
        var platform = Items.Platform($"Plain http platform {Guid.NewGuid():n}", website: "http://insecure.example.am");

        var response = await site.Admin().PostJsonAsync("/api/content", platform);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("https://", (await response.ReadObjectAsync())["errors"]!["Platform.Website"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Provider_picker_to_a_school_is_refused()
    {
        var platform = Items.Platform($"Wrong provider platform {Guid.NewGuid():n}");
        platform["Platform"]!["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Demo.School187) };

        var response = await site.Admin().PostJsonAsync("/api/content", platform);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("PartnerOrganization", (await response.ReadObjectAsync())["errors"]!["Platform.Provider"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Html_description_is_sanitized_on_save()
    {
        var platform = Items.Platform($"Sanitized platform {Guid.NewGuid():n}");
        platform["Platform"]!["Description"] = new JsonObject { ["Html"] = "<p onclick=\"steal()\">Hello<script>alert(1)</script><a href=\"javascript:alert(2)\">x</a></p>" };

        var saved = await (await site.Admin().PostJsonAsync("/api/content", platform)).ReadObjectAsync();

        var html = saved["Platform"]!["Description"]!["Html"]!.GetValue<string>();
        Assert.Contains("Hello", html);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Unknown_content_type_is_refused()
    {
        var response = await site.Admin().PostJsonAsync("/api/content", new JsonObject { ["ContentType"] = "Spaceship", ["TitlePart"] = new JsonObject { ["Title"] = "x" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'Spaceship' is not a content type", (await response.ReadObjectAsync())["errors"]!["ContentType"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_part_and_field_are_refused()
    {
        var school = Items.School($"Extra members school {Guid.NewGuid():n}");
        school["RocketPart"] = new JsonObject();
        school["School"]!["Shoesize"] = new JsonObject { ["Value"] = 42 };

        var problem = await (await site.Admin().PostJsonAsync("/api/content", school)).ReadObjectAsync();

        Assert.NotNull(problem["errors"]!["RocketPart"]);
        Assert.NotNull(problem["errors"]!["School.Shoesize"]);
        await AssertNoSchoolTitledAsync(school["TitlePart"]!["Title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"ContentType\": \"School\", ")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"ContentType\": \"School\", \"Published\": \"yes\"}")]
    public async Task Malformed_json_is_a_400_problem(string body)
    {
        var response = await site.Admin().PostAsync("/api/content", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("application/problem+json", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Invalid_update_keeps_the_previous_version()
    {
        var admin = site.Admin();
        var created = await (await admin.PostJsonAsync("/api/content", Items.School($"Stable school {Guid.NewGuid():n}"))).ReadObjectAsync();
        var id = created["ContentItemId"]!.GetValue<string>();
        created["School"]!["Phone"] = new JsonObject { ["Text"] = "call me maybe" };

        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostJsonAsync("/api/content", created)).StatusCode);

        var current = await (await admin.GetAsync($"/api/content/{id}?version=latest")).ReadObjectAsync();
        Assert.Equal("+37431245678", current["School"]!["Phone"]!["Text"]!.GetValue<string>());
        Assert.Single(await (await admin.GetAsync($"/api/content/{id}/versions")).ReadArrayAsync());
    }

    [Fact]
    public async Task Custom_path_already_taken_is_refused()
    {
        var school = Items.School($"Path thief {Guid.NewGuid():n}");
        school["AutoroutePart"] = new JsonObject { ["Path"] = "schools/yerevan-187" };
        var taken = await (await site.Anonymous().GetAsync($"/api/content/{Demo.School187}")).ReadObjectAsync();
        school["AutoroutePart"]!["Path"] = taken["AutoroutePart"]!["Path"]!.GetValue<string>();

        var response = await site.Admin().PostJsonAsync("/api/content", school);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("duplicate", (await response.ReadObjectAsync())["codes"]!["AutoroutePart.Path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Items_with_the_same_title_get_numbered_paths_and_a_freed_number_is_reused()
    {
        var title = $"Twin school {Guid.NewGuid():n}"[..24];
        var admin = site.Admin();
        var paths = new List<string>();
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var created = await (await admin.PostJsonAsync("/api/content", Items.School(title))).ReadObjectAsync();
            ids.Add(created["ContentItemId"]!.GetValue<string>());
            paths.Add(created["AutoroutePart"]!["Path"]!.GetValue<string>());
        }

        Assert.Equal([paths[0], paths[0] + "-2", paths[0] + "-3", paths[0] + "-4"], paths);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/content/{ids[1]}")).StatusCode);
        var again = await (await admin.PostJsonAsync("/api/content", Items.School(title))).ReadObjectAsync();
        Assert.Equal(paths[0] + "-2", again["AutoroutePart"]!["Path"]!.GetValue<string>());
    }

    [Fact]
    public async Task Module_rule_rejects_inverted_age_range()
    {
        var guide = await (await site.Admin().GetAsync($"/api/content/{Demo.ChildrenGuide}")).ReadObjectAsync();
        guide["SafetyGuide"]!["AgeMin"] = new JsonObject { ["Value"] = 16 };
        guide["SafetyGuide"]!["AgeMax"] = new JsonObject { ["Value"] = 8 };

        var response = await site.Admin().PostJsonAsync("/api/content", guide);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.ReadObjectAsync())["errors"]!["SafetyGuide.AgeMin"]);
    }

    private async Task AssertNoSchoolTitledAsync(string title)
    {
        var list = await (await site.Admin().GetAsync($"/api/content?type=School&status=latest&filter=DisplayText:eq:{Uri.EscapeDataString(title)}&total=true")).ReadObjectAsync();
        Assert.Equal(0, list["total"]!.GetValue<long>());
    }
}

public sealed class ValidationSqliteTests(SqliteSite site) : ValidationTests(site), IClassFixture<SqliteSite>;

public sealed class ValidationPostgresTests(PostgresSite site) : ValidationTests(site), IClassFixture<PostgresSite>;
