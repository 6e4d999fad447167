using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Workflows.Engine;

namespace EduHub.UnitTests.Modules.Workflows;

public sealed class WorkflowExpressionsTests
{
    private static readonly WorkflowExpressions Expressions = WorkflowTestContext.Expressions;

    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("var f = function () { return f(); }; f();")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("var a = []; while (true) { a.push(new Array(100000).join('x')); }")]
    [InlineData("__setOutcome.constructor('return this')().System.Console")]
    public async Task Runaway_or_escaping_scripts_are_stopped(string script)
    {
        var error = await Assert.ThrowsAsync<WorkflowScriptException>(() => Expressions.EvaluateAsync(script, WorkflowTestContext.Create(), CancellationToken.None));

        Assert.StartsWith("Script failed:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_sees_input_properties_and_the_content_item_and_sets_outcomes()
    {
        var context = WorkflowTestContext.Create(new JsonObject { ["ContentType"] = "School" }, new ContentItem { ContentItemId = "x", ContentType = "School", DisplayText = "Gyumri 99" });

        var result = await Expressions.EvaluateAsync(
            "setProperty('Length', contentItem.DisplayText.length); setOutcome(input('ContentType') === 'School' ? 'Yes' : 'No'); property('Length') > 3",
            context, CancellationToken.None);

        Assert.Equal(["Yes"], result.Outcomes);
        Assert.True(WorkflowExpressions.IsTruthy(result.Value));
        Assert.Equal(9, context.Properties["Length"]!.GetValue<int>());
    }

    [Fact]
    public async Task Liquid_renders_workflow_and_content_values()
    {
        var context = WorkflowTestContext.Create(item: new ContentItem { ContentItemId = "x", ContentType = "Platform", DisplayText = "Heravar" });
        context.Properties["Problems"] = new JsonArray("No website.", "No cost.");
        context.Properties["LastTask"] = new JsonObject { ["Utc"] = DateTime.UnixEpoch, ["Count"] = 3 };

        var text = await Expressions.RenderAsync("{{ ContentItem.DisplayText }}: {{ Workflow.Properties.Problems | join: ' ' }} {{ Workflow.Properties.LastTask.Count }}", context, CancellationToken.None);

        Assert.Equal("Heravar: No website. No cost. 3", text);
    }

    [Fact]
    public void Syntax_errors_are_reported_for_import()
    {
        Assert.NotNull(Expressions.CheckScript("if ("));
        Assert.Null(Expressions.CheckScript("1 + 1"));
        Assert.NotNull(Expressions.CheckTemplate("{% if %}"));
        Assert.Null(Expressions.CheckTemplate("{{ Workflow.Properties.A }}"));
    }
}
