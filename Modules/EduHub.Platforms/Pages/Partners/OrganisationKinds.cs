using Microsoft.Extensions.Localization;

namespace EduHub.Platforms.Pages.Partners;

/// <summary>The kinds of organisation (the values of PartnerOrganization.Kind's predefined list) and their names.</summary>
public static class OrganisationKinds
{
    public static readonly IReadOnlyList<string> All = ["ngo", "company", "university", "school", "international-organisation", "government-body"];

    public static string Name(string kind, IStringLocalizer t) => kind switch
    {
        "ngo" => t["NGO or foundation"],
        "company" => t["Company"],
        "university" => t["University"],
        "school" => t["School or educational complex"],
        "international-organisation" => t["International organisation"],
        "government-body" => t["Government body"],
        _ => kind,
    };
}
