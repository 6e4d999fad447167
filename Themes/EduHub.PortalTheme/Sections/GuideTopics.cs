namespace EduHub.PortalTheme.Sections;

/// <summary>English labels (localizer keys) of SafetyGuide.Audience and SafetyGuide.Topics values.</summary>
public static class GuideTopics
{
    public static string Audience(string? value) => value switch
    {
        "children" => "For children",
        "parents" => "For parents",
        "teachers" => "For teachers",
        _ => "For everyone",
    };

    public static string Label(string value) => value switch
    {
        "internet-use" => "Using the Internet",
        "personal-information" => "Personal information and passwords",
        "strangers" => "Strangers and meeting offline",
        "cyberbullying" => "Cyberbullying",
        "harmful-content" => "Harmful content",
        "screen-time" => "Screen time and health",
        "reporting" => "Reporting and getting help",
        "parental-controls" => "Parental controls and filtering",
        "privacy-settings" => "Privacy settings and social networks",
        "grooming-signs" => "Signs of bullying or grooming",
        "fraud-phishing" => "Fraud, phishing and in-app purchases",
        _ => value,
    };

    /// <summary>Children's and parents' guides first (the two the Ministry's order names), then the others.</summary>
    public static int Rank(string? audience) => audience switch
    {
        "children" => 0,
        "parents" => 1,
        _ => 2,
    };
}
