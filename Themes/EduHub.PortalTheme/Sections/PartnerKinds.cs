namespace EduHub.PortalTheme.Sections;

/// <summary>English labels (localizer keys) of PartnerOrganization.Kind values.</summary>
public static class PartnerKinds
{
    public static string Label(string value) => value switch
    {
        "ngo" => "NGO or foundation",
        "company" => "Company",
        "university" => "University",
        "school" => "School or educational complex",
        "international-organisation" => "International organisation",
        "government-body" => "Government body",
        _ => value,
    };
}
