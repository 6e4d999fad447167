using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Timers;
using Fluid;
using Fluid.Values;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Microsoft.Extensions.Options;

namespace EduHub.Workflows.Engine;

/// <summary>
/// Liquid templates see <c>Workflow</c> (Properties, Input, Output, CorrelationId, InstanceId) and <c>ContentItem</c>
/// (the latest version of the correlated item, Orchard Core's JSON). Scripts run in a fresh Jint engine per
/// evaluation with statement, time, memory and recursion limits and no CLR access; they see the same data as
/// plain JavaScript objects plus <c>input(name)</c>, <c>property(name)</c>, <c>setProperty(name, value)</c> and
/// <c>setOutcome(name)</c>.
/// </summary>
internal sealed class WorkflowExpressions(WorkflowContentLoader content, ScriptLimits limits, SignalTokens? signals = null, IOptions<WorkflowOptions>? options = null) : IWorkflowExpressions
{
    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions TemplateOptions = CreateTemplateOptions();

    public async Task<string> RenderAsync(string template, WorkflowExecutionContext context, CancellationToken cancellationToken)
    {
        if (!Parser.TryParse(template, out var parsed, out var error))
        {
            throw new WorkflowScriptException($"Liquid template error: {error}");
        }

        var model = new TemplateContext(TemplateOptions);
        model.SetValue("Workflow", ToPlain(WorkflowJson(context)));
        model.SetValue("ContentItem", ToPlain(await content.LatestJsonAsync(context, cancellationToken)));
        if (signals is not null && template.Contains("signal_url", StringComparison.Ordinal))
        {
            var key = await signals.KeyAsync(context.Session, cancellationToken);
            var settings = options?.Value ?? new WorkflowOptions();
            model.AmbientValues[SignalUrlKey] = new Func<string, string>(signal =>
                $"{settings.PublicBaseUrl.TrimEnd('/')}/api/workflows/signal/{SignalTokens.Create(key, context.InstanceId, signal, context.UtcNow + settings.SignalLifetime)}");
        }

        return await parsed.RenderAsync(model);
    }

    public async Task<ScriptResult> EvaluateAsync(string script, WorkflowExecutionContext context, CancellationToken cancellationToken)
    {
        var outcomes = new List<string>();
        var item = await content.LatestJsonAsync(context, cancellationToken);
        var engine = new Jint.Engine(o => o
            .LimitRecursion(limits.MaxRecursion)
            .MaxStatements(limits.MaxStatements)
            .TimeoutInterval(limits.Timeout)
            .LimitMemory(limits.MaxMemoryBytes)
            .CancellationToken(cancellationToken));
        try
        {
            var parser = new JsonParser(engine);
            engine.SetValue("workflow", parser.Parse(WorkflowJson(context).ToJsonString()));
            engine.SetValue("contentItem", item is null ? JsValue.Null : parser.Parse(item.ToJsonString()));
            engine.SetValue("__setOutcome", new Action<string>(outcomes.Add));
            engine.SetValue("__setProperty", new Action<string, string>((name, json) => context.Properties[name] = JsonNode.Parse(json)));
            engine.Execute("""
                var setOutcome = function (name) { __setOutcome(String(name)); };
                var input = function (name) { var v = workflow.Input[name]; return v === undefined ? null : v; };
                var property = function (name) { var v = workflow.Properties[name]; return v === undefined ? null : v; };
                var setProperty = function (name, value) { workflow.Properties[name] = value; __setProperty(String(name), JSON.stringify(value === undefined ? null : value)); };
                """);
            var value = engine.Evaluate(script);
            engine.SetValue("__result", value);
            var json = engine.Evaluate("JSON.stringify(__result === undefined ? null : __result)");
            return new ScriptResult(json.IsString() ? JsonNode.Parse(json.AsString()) : null, outcomes);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw new WorkflowScriptException($"Script failed: {e.Message}");
        }
    }

    private const string SignalUrlKey = "SignalUrl";

    /// <summary><c>{{ 'confirm' | signal_url }}</c>: a signed link that sends the signal to this instance.</summary>
    private static TemplateOptions CreateTemplateOptions()
    {
        var templateOptions = new TemplateOptions();
        templateOptions.Filters.AddFilter("signal_url", (input, _, ctx) =>
            new StringValue(ctx.AmbientValues.TryGetValue(SignalUrlKey, out var url) ? ((Func<string, string>)url)(input.ToStringValue()) : ""));
        return templateOptions;
    }

    public string? CheckTemplate(string template) => Parser.TryParse(template, out _, out var error) ? null : $"Liquid syntax error: {error}";

    public string? CheckScript(string script)
    {
        try
        {
            Jint.Engine.PrepareScript(script);
            return null;
        }
        catch (Exception e)
        {
            return $"JavaScript syntax error: {e.Message}";
        }
    }

    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.GetValue<double>() != 0,
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>().Length > 0,
        _ => true,
    };

    private static JsonObject WorkflowJson(WorkflowExecutionContext context) => new()
    {
        ["InstanceId"] = context.InstanceId,
        ["WorkflowTypeId"] = context.WorkflowTypeId,
        ["CorrelationId"] = context.CorrelationId,
        ["Input"] = context.Input.DeepClone(),
        ["Properties"] = context.Properties.DeepClone(),
        ["Output"] = context.Output.DeepClone(),
    };

    /// <summary>JSON as dictionaries, lists and primitives, which Fluid reads without registration.</summary>
    private static object? ToPlain(JsonNode? node) => node switch
    {
        JsonObject o => o.ToDictionary(p => p.Key, p => ToPlain(p.Value), StringComparer.Ordinal),
        JsonArray a => a.Select(ToPlain).ToList(),
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => v.TryGetValue<string>(out var text) ? text : System.Text.Json.JsonSerializer.Deserialize<string>(v.ToJsonString()),
            JsonValueKind.Number => System.Text.Json.JsonSerializer.Deserialize<decimal>(v.ToJsonString()),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        _ => null,
    };
}
