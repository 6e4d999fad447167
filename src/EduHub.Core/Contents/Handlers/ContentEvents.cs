using EduHub.Core.Data;
using EduHub.Core.Modules;

namespace EduHub.Core.Contents.Handlers;

/// <summary>Calls the handlers of enabled features: now (inside the transaction) or after the commit.</summary>
public sealed class ContentEvents(IEnumerable<IContentHandler> handlers, FeatureGate features)
{
    public async Task InvokeAsync(DbSession session, Func<IContentHandler, Task> call)
    {
        foreach (var handler in features.Active(handlers, session))
        {
            await call(handler);
        }
    }

    public void AfterCommit(DbSession session, Func<IContentHandler, Task> call) =>
        session.AfterCommit(async () =>
        {
            foreach (var handler in features.Active(handlers))
            {
                await call(handler);
            }
        });
}
