using System.Text.Json.Nodes;

namespace EduHub.IntegrationTests.Infrastructure;

/// <summary>Valid content items to start from; tests break one value at a time.</summary>
internal static class Items
{
    public static JsonObject School(string title = "Գյումրու թիվ 99 միջնակարգ դպրոց") => new()
    {
        ["ContentType"] = "School",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["LocalizationPart"] = new JsonObject { ["Culture"] = "hy" },
        ["School"] = new JsonObject
        {
            ["Region"] = new JsonObject { ["TaxonomyContentItemId"] = Demo.RegionsTaxonomy, ["TermContentItemIds"] = new JsonArray(Demo.Shirak) },
            ["Community"] = new JsonObject { ["Text"] = "Գյումրի" },
            ["PostalCode"] = new JsonObject { ["Text"] = "3101" },
            ["Phone"] = new JsonObject { ["Text"] = "0312 45678" },
            ["SchoolType"] = new JsonObject { ["Text"] = "secondary" },
            ["Pupils"] = new JsonObject { ["Value"] = 420 },
        },
    };

    public static JsonObject Platform(string title = "Test platform", string website = "https://learn.example.am") => new()
    {
        ["ContentType"] = "Platform",
        ["TitlePart"] = new JsonObject { ["Title"] = title },
        ["Platform"] = new JsonObject
        {
            ["Summary"] = new JsonObject { ["Text"] = "Lessons for grades 5 to 9." },
            ["Website"] = new JsonObject { ["Url"] = website, ["Text"] = "Open" },
            ["Provider"] = new JsonObject { ["ContentItemIds"] = new JsonArray(Demo.NcetOrganization) },
            ["Cost"] = new JsonObject { ["Text"] = "free" },
            ["Subjects"] = new JsonObject { ["TaxonomyContentItemId"] = Demo.SubjectsTaxonomy, ["TermContentItemIds"] = new JsonArray(Demo.Mathematics) },
        },
    };
}
