using EduHub.Core.Indexing;

namespace EduHub.Platforms.Indexing;

/// <summary>
/// A platform is found by what it teaches and who runs it: summary, description, provider's name, subjects,
/// grades, languages, cost and how it is reached. Contact e-mail and phone are not search material.
/// </summary>
internal sealed class PlatformIndexContributor : IContentIndexContributor
{
    public async Task ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        switch (context.Item.ContentType)
        {
            case "Platform":
                context.AddTextField("Platform", "Summary");
                context.AddHtmlField("Platform", "Description");
                await context.AddContentPickerFieldAsync("Platform", "Provider", cancellationToken);
                await context.AddTaxonomyFieldAsync("Platform", "Subjects", "subject", cancellationToken);
                context.AddMultiTextField("Platform", "Grades", "grade");
                await context.AddTaxonomyFieldAsync("Platform", "Languages", "language", cancellationToken);
                context.AddTextField("Platform", "Cost", "cost");
                context.AddMultiTextField("Platform", "AccessChannels", "accessChannel");
                context.AddTextField("Platform", "Accessibility");
                break;
            case "PartnerOrganization":
                context.AddTextField("PartnerOrganization", "Kind");
                context.AddHtmlField("PartnerOrganization", "Description");
                break;
        }
    }
}
