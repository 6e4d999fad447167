using System.Diagnostics;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Security;

namespace EduHub.Web.Cli.Demo;

/// <summary>
/// Saves generated items through the content manager, as the system caller, one transaction per batch in a
/// fresh DI scope (so per-session memos stay small). Validation, handlers, audit and indexes all run as for any save.
/// </summary>
public sealed class DemoImporter(IServiceScopeFactory scopes)
{
    /// <exception cref="DemoImportException">An item was refused; its batch was rolled back, earlier batches stay.</exception>
    public async Task<DemoProgress> ImportAsync(IEnumerable<DemoBatch> batches, bool publish, Action<DemoProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var saved = 0;
        foreach (var batch in batches)
        {
            await SaveAsync(batch, publish, saved, cancellationToken);
            saved += batch.Items.Count;
            progress?.Invoke(new DemoProgress(saved, watch.Elapsed));
        }

        return new DemoProgress(saved, watch.Elapsed);
    }

    private async Task SaveAsync(DemoBatch batch, bool publish, int saved, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        var manager = services.GetRequiredService<ContentManager>();
        var lookup = services.GetRequiredService<ContentLookup>();
        await services.GetRequiredService<DbSessionScope>().RunAsync(async session =>
        {
            foreach (var (id, type) in batch.Announced)
            {
                lookup.Expect(session, id, type);
            }

            foreach (var item in batch.Items)
            {
                var result = await manager.CreateAsync(item, publish, cancellationToken);
                if (!result.Succeeded)
                {
                    throw new DemoImportException(item, result, saved);
                }
            }
        }, cancellationToken);
    }
}
