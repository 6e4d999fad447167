using EduHub.Core.Indexing;

namespace EduHub.Mentors.Indexing;

/// <summary>
/// A mentor is found by name, regions served, subjects, languages, training and home school. E-mail and
/// phone are private (and the context returns nothing for private fields anyway): never indexed.
/// </summary>
internal sealed class MentorIndexContributor : IContentIndexContributor
{
    public async Task ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType != "Mentor")
        {
            return;
        }

        await context.AddTaxonomyFieldAsync("Mentor", "RegionsServed", "region", cancellationToken);
        await context.AddTaxonomyFieldAsync("Mentor", "Subjects", "subject", cancellationToken);
        await context.AddTaxonomyFieldAsync("Mentor", "Languages", "language", cancellationToken);
        await context.AddContentPickerFieldAsync("Mentor", "HomeSchool", cancellationToken);
        context.AddTextField("Mentor", "TrainingProgramme");
        context.AddTextField("Mentor", "Availability");
    }
}
