namespace EduHub.PortalTheme.Sections;

/// <summary>English labels (localizer keys) of the School.SchoolType values.</summary>
public static class SchoolTypes
{
    public static string Label(string? value) => value switch
    {
        "primary" => "Primary school (grades 1–4)",
        "basic" => "Basic school (grades 1–9)",
        "secondary" => "Secondary school (grades 1–12)",
        "high" => "High school (grades 10–12)",
        "varzharan" => "Varzharan (grades 5–12)",
        "special" => "Special school (special educational needs)",
        "vocational" => "Vocational school or college",
        _ => "School",
    };
}
