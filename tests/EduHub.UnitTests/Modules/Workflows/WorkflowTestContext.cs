using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Modules;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Activities;
using EduHub.Workflows.Engine;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduHub.UnitTests.Modules.Workflows;

/// <summary>The engine's pure parts without a database: activities that only evaluate expressions.</summary>
internal static class WorkflowTestContext
{
    public static readonly WorkflowExpressions Expressions = new(new WorkflowContentLoader(new ContentStore()), new ScriptLimits { Timeout = TimeSpan.FromSeconds(5) });

    public static ActivityLibrary Library() => new(
        [new ContentCreatedEvent(), new SetPropertyTask(), new IfElseTask(), new ScriptTask(), new TimerEvent(), new LogTask(NullLogger<LogTask>.Instance)],
        new FeatureGate(new ModuleCatalog([]), new Database(DatabaseProvider.Sqlite, "Data Source=:memory:"), TimeProvider.System));

    public static WorkflowExecutionContext Create(JsonObject? input = null, ContentItem? item = null)
    {
        var context = new WorkflowExecutionContext("instance", "type", item?.ContentItemId, input ?? [], [], [], null!, null!, Expressions, TimeProvider.System);
        context.Items["ContentItem"] = item;
        return context;
    }
}
