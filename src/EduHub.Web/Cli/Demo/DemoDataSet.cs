using EduHub.Core.Contents;

namespace EduHub.Web.Cli.Demo;

/// <summary>
/// Streams the items of a <see cref="DemoPlan"/> in batches. Organisations and platforms are spread over the
/// run in proportion to the schools, so any prefix has the plan's mix (a benchmark can stop at 10% and measure)
/// and every picker points at an item saved earlier, or in the same batch.
/// </summary>
public sealed class DemoDataSet(DemoPlan plan, int batchSize = 1000)
{
    public IEnumerable<DemoBatch> Batches()
    {
        if (plan.Platforms > 0 && plan.Organizations == 0)
        {
            throw new ArgumentException("Platforms need at least one organisation to be their provider.", nameof(plan));
        }

        var random = new DemoRandom(plan.Seed);
        var titles = new DemoTitles();
        var organizations = new OrganizationFactory(random, titles);
        var platforms = new PlatformFactory(random, titles);
        var schools = new SchoolFactory(random);
        var mentors = new MentorFactory(random);
        var (organizationCount, platformCount, mentorCount) = (0, 0, 0);
        var items = new List<ContentItem>();
        var announced = new List<(string, string)>();

        // Without schools, the steps only pace the other types so that batches stay near their size.
        var units = plan.Schools > 0 ? plan.Schools : Math.Max(1, (plan.Total + batchSize - 1) / batchSize);
        for (var unit = 0; unit < units; unit++)
        {
            var progress = (unit + 1.0) / units;
            while (organizationCount < Math.Ceiling(plan.Organizations * progress))
            {
                foreach (var item in organizations.Create(plan.Organizations - organizationCount))
                {
                    items.Add(item);
                    organizationCount++;
                }
            }

            while (platformCount < Math.Ceiling(plan.Platforms * progress))
            {
                foreach (var item in platforms.Create(organizations.Created, plan.Platforms - platformCount))
                {
                    items.Add(item);
                    platformCount++;
                }
            }

            // A school and the mentors whose home school it is travel together, so they always share a batch.
            var mentorIds = Enumerable.Range(0, (int)Math.Floor(plan.Mentors * progress) - mentorCount).Select(_ => random.ContentItemId()).ToList();
            (string Id, DemoRegion Region)? school = null;
            if (plan.Schools > 0)
            {
                var (item, region) = schools.Create(platforms.Created, mentorIds);
                announced.AddRange(mentorIds.Select(id => (id, "Mentor")));
                items.Add(item);
                school = (item.ContentItemId, region);
            }

            items.AddRange(mentorIds.Select(id => mentors.Create(id, school)));
            mentorCount += mentorIds.Count;
            if (items.Count >= batchSize || unit == units - 1)
            {
                yield return new DemoBatch(items, announced);
                (items, announced) = ([], []);
            }
        }
    }
}
