using System.Diagnostics;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Data;
using EduHub.Core.Data.Indexes;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;
using EduHub.Core.Security;
using EduHub.Web.Cli.Demo;

namespace EduHub.Bench;

/// <summary>
/// Where a create spends its time: the steps of ContentManager.CreateAsync called one by one through the engine's
/// public services (part processors, field rules, module validators, index building, store insert, audit), inside
/// one transaction that is rolled back. Diagnosis only: the import measurement itself uses CreateAsync.
/// </summary>
internal static class StageBreakdown
{
    public static async Task<IReadOnlyList<(string Stage, double MicrosecondsPerItem)>> RunAsync(EngineHost host, int count, int seed, CancellationToken cancellationToken)
    {
        // The first batch goes through the steps one by one, the rest then through CreateAsync in the same transaction, for comparison.
        var batches = new DemoDataSet(DemoPlan.ForItems(count * 2, seed), count).Batches().ToList();
        var stages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        var snapshot = await services.GetRequiredService<ContentDefinitionManager>().GetAsync(cancellationToken);
        var lookup = services.GetRequiredService<ContentLookup>();
        var processors = services.GetServices<IPartProcessor>().OrderBy(p => p.Order).ToList();
        var rules = services.GetServices<IFieldRule>().ToDictionary(r => r.Kind);
        var features = services.GetRequiredService<FeatureGate>();
        var validators = features.Active(services.GetServices<IContentValidator>()).ToList();
        var store = services.GetRequiredService<ContentStore>();
        var changes = services.GetRequiredService<ContentChangeLog>();

        async Task Time(string stage, Func<Task> work)
        {
            var watch = Stopwatch.StartNew();
            await work();
            stages[stage] = stages.GetValueOrDefault(stage) + watch.Elapsed;
        }

        var (items, created) = (0, 0);
        var manager = services.GetRequiredService<ContentManager>();
        try
        {
            await services.GetRequiredService<DbSessionScope>().RunAsync(async session =>
            {
                foreach (var (id, type) in batches.SelectMany(b => b.Announced))
                {
                    lookup.Expect(session, id, type);
                }

                foreach (var batch in batches.Take(1))
                {
                    foreach (var input in batch.Items)
                    {
                        ContentItem item = null!;
                        await Time("clone input (ContentItem.Clone)", () => Task.FromResult(item = input.Clone()));
                        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
                        (item.ContentItemVersionId, item.Owner, item.Author, item.Latest, item.Published) = (IdGenerator.NewId(), "system", "system", true, true);
                        (item.CreatedUtc, item.ModifiedUtc, item.PublishedUtc) = (now, now, now);
                        var context = new ValidateContentContext(item, null, ContentCaller.System, snapshot, session);
                        foreach (var processor in processors)
                        {
                            foreach (var typePart in snapshot.GetType(item.ContentType)!.ContentTypePartDefinitionRecords.Where(p => p.PartName == processor.PartName))
                            {
                                await Time($"part {processor.PartName}", () => processor.ProcessAsync(new PartContext(context, typePart, lookup), cancellationToken));
                            }
                        }

                        foreach (var field in snapshot.FieldsOf(item.ContentType))
                        {
                            await Time($"field rule {field.Kind}", () => rules[field.Kind].ApplyAsync(new FieldContext(item, field, context, lookup), cancellationToken));
                        }

                        await Time("module validators", async () =>
                        {
                            foreach (var validator in validators)
                            {
                                await validator.ValidateAsync(context, cancellationToken);
                            }
                        });
                        if (context.Errors.Count > 0)
                        {
                            throw new InvalidOperationException($"{item.ContentType} {item.ContentItemId}: {context.Errors[0].Path} {context.Errors[0].Message}");
                        }

                        await Time("index rows (FieldIndexBuilder.Build, CPU only)", () => Task.FromResult(FieldIndexBuilder.Build(item, snapshot)));
                        await Time("store insert (index row, document, field rows)", () => store.InsertAsync(session, item, 1, snapshot, cancellationToken));
                        await Time("audit + indexing task (ContentChangeLog)", () => changes.RecordAsync(session,
                            new ContentChange(ContentAction.Created, item.ContentItemId, item.ContentType, "system", null, item.ContentItemVersionId, "published"), cancellationToken));
                        lookup.Remember(session, item);
                        items++;
                    }
                }

                foreach (var input in batches.Skip(1).SelectMany(b => b.Items))
                {
                    await Time("= ContentManager.CreateAsync, whole (other items, same transaction)", async () =>
                    {
                        var result = await manager.CreateAsync(input, publish: true, cancellationToken);
                        created += result.Succeeded ? 1 : throw new InvalidOperationException($"{input.ContentType}: {result.ErrorList.FirstOrDefault()?.Message}");
                    });
                }

                throw new RolledBack();
            }, cancellationToken);
        }
        catch (RolledBack)
        {
            // Nothing of the diagnosis stays in the database.
        }

        return stages.OrderByDescending(s => s.Value)
            .Select(s => (s.Key, s.Value.TotalMicroseconds / (s.Key.StartsWith('=') ? created : items))).ToList();
    }

    private sealed class RolledBack : Exception;
}
