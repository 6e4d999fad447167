using System.Text.Json.Nodes;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Models;
using Microsoft.Extensions.Logging.Abstractions;

namespace EduHub.UnitTests.Modules.Workflows;

public sealed class WorkflowRunnerTests
{
    [Fact]
    public async Task Runs_the_flow_along_the_outcomes_and_finishes()
    {
        var type = Parse(Definition(
            [("start", "ContentCreatedEvent", []), ("set", "SetPropertyTask", new JsonObject { ["PropertyName"] = "N", ["Value"] = "40 + 2" }),
             ("if", "IfElseTask", new JsonObject { ["Condition"] = "property('N') === 42" }), ("yes", "SetPropertyTask", new JsonObject { ["PropertyName"] = "Branch", ["Value"] = "'yes'" }),
             ("no", "SetPropertyTask", new JsonObject { ["PropertyName"] = "Branch", ["Value"] = "'no'" })],
            [("start", "Done", "set"), ("set", "Done", "if"), ("if", "True", "yes"), ("if", "False", "no")]));
        var (instance, context) = New(type);

        await Runner().RunAsync(type, instance, context, "start", (a, p) => a.ResumeAsync(context, p, null, CancellationToken.None), CancellationToken.None);

        Assert.Equal(WorkflowStatus.Finished, instance.Status);
        Assert.Equal("yes", context.Properties["Branch"]!.GetValue<string>());
        Assert.Equal(["start", "set", "if", "yes"], instance.Executed.Select(e => e.ActivityId));
    }

    [Fact]
    public async Task Halts_on_an_event_inside_the_flow_with_its_due_time()
    {
        var type = Parse(Definition([("start", "ContentCreatedEvent", []), ("wait", "TimerEvent", new JsonObject { ["Delay"] = "P1D" })], [("start", "Done", "wait")]));
        var (instance, context) = New(type);

        await Runner().RunAsync(type, instance, context, "start", (a, p) => a.ResumeAsync(context, p, null, CancellationToken.None), CancellationToken.None);

        Assert.Equal(WorkflowStatus.Halted, instance.Status);
        var blocking = Assert.Single(instance.Blocking);
        Assert.Equal("wait", blocking.ActivityId);
        Assert.Equal(context.UtcNow.AddDays(1), blocking.DueUtc!.Value, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_loop_without_an_event_faults_instead_of_spinning()
    {
        var type = Parse(Definition(
            [("start", "ContentCreatedEvent", []), ("a", "ScriptTask", new JsonObject { ["Script"] = "1" }), ("b", "ScriptTask", new JsonObject { ["Script"] = "2" })],
            [("start", "Done", "a"), ("a", "Done", "b"), ("b", "Done", "a")]));
        var (instance, context) = New(type);

        await Runner().RunAsync(type, instance, context, "start", (a, p) => a.ResumeAsync(context, p, null, CancellationToken.None), CancellationToken.None);

        Assert.Equal(WorkflowStatus.Faulted, instance.Status);
        Assert.Contains("loops", instance.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parser_reports_every_kind_of_defect_with_its_path()
    {
        var json = Definition(
            [("start", "ContentCreatedEvent", []), ("x", "NoSuchTask", []), ("if", "IfElseTask", new JsonObject { ["Condition"] = "(" }), ("set", "SetPropertyTask", [])],
            [("start", "Done", "ghost"), ("start", "Maybe", "if")]);

        var (type, errors) = new WorkflowTypeParser(WorkflowTestContext.Library(), WorkflowTestContext.Expressions).Parse(json);

        Assert.Null(type);
        Assert.Contains(errors, e => e.Path == "Activities[1].Name" && e.Problem.Contains("Unknown activity 'NoSuchTask'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "Activities[2].Properties" && e.Problem.Contains("JavaScript syntax error", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "Activities[3].Properties" && e.Problem.Contains("PropertyName", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Path == "Transitions[0].DestinationActivityId");
        Assert.Contains(errors, e => e.Path == "Transitions[1].SourceOutcomeName");
    }

    [Theory]
    [InlineData("3.00:00:00", 72)]
    [InlineData("P3D", 72)]
    [InlineData("PT2H", 2)]
    [InlineData("02:00:00", 2)]
    public void Durations_read_both_notations(string text, int hours) =>
        Assert.Equal(TimeSpan.FromHours(hours), ActivityProperties.ParseDuration(text));

    private static WorkflowRunner Runner() => new(WorkflowTestContext.Library(), NullLogger<WorkflowRunner>.Instance);

    private static (WorkflowInstance, WorkflowExecutionContext) New(WorkflowType type)
    {
        var instance = new WorkflowInstance { Id = "i", WorkflowTypeId = type.WorkflowTypeId, CreatedUtc = DateTime.UtcNow };
        var context = new WorkflowExecutionContext(instance.Id, type.WorkflowTypeId, null, instance.Input, instance.Properties, instance.Output, null!, null!,
            WorkflowTestContext.Expressions, TimeProvider.System);
        context.Items["ContentItem"] = null;
        return (instance, context);
    }

    private static WorkflowType Parse(JsonObject json)
    {
        var (type, errors) = new WorkflowTypeParser(WorkflowTestContext.Library(), WorkflowTestContext.Expressions).Parse(json);
        Assert.Empty(errors);
        return type!;
    }

    private static JsonObject Definition((string Id, string Name, JsonObject Properties)[] activities, (string From, string Outcome, string To)[] transitions) => new()
    {
        ["WorkflowTypeId"] = "test",
        ["Name"] = "Test",
        ["Activities"] = new JsonArray(activities.Select((a, i) => (JsonNode)new JsonObject
        {
            ["ActivityId"] = a.Id, ["Name"] = a.Name, ["IsStart"] = i == 0, ["Properties"] = a.Properties,
        }).ToArray()),
        ["Transitions"] = new JsonArray(transitions.Select(t => (JsonNode)new JsonObject
        {
            ["SourceActivityId"] = t.From, ["SourceOutcomeName"] = t.Outcome, ["DestinationActivityId"] = t.To,
        }).ToArray()),
    };
}
