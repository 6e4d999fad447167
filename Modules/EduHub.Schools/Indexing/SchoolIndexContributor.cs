using EduHub.Core.Indexing;

namespace EduHub.Schools.Indexing;

/// <summary>"The school in Gyumri": a school is found by its community, region (all three languages), address and languages of instruction.</summary>
internal sealed class SchoolIndexContributor : IContentIndexContributor
{
    public async Task ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType != "School")
        {
            return;
        }

        context.AddTextField("School", "EmisCode");
        context.AddTextField("School", "Community");
        context.AddTextField("School", "Address");
        context.AddTextField("School", "SchoolType");
        await context.AddTaxonomyFieldAsync("School", "Region", "region", cancellationToken);
        await context.AddTaxonomyFieldAsync("School", "Languages", "language", cancellationToken);
        await context.AddContentPickerFieldAsync("School", "Platforms", cancellationToken);
    }
}
