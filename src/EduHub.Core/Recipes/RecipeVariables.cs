using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduHub.Core.Contents;
using Jint;

namespace EduHub.Core.Recipes;

/// <summary>
/// Orchard Core's <c>[js: ...]</c> expressions in recipe strings (e.g. <c>[js: variables('now')]</c>,
/// <c>[js: uuid()]</c>), run in a sandboxed Jint engine with only these helpers.
/// </summary>
internal static partial class RecipeVariables
{
    public static void Apply(JsonObject recipe, IReadOnlyDictionary<string, string> parameters)
    {
        var engine = new Engine(o => o.LimitRecursion(32).MaxStatements(10_000).TimeoutInterval(TimeSpan.FromSeconds(2)));
        engine.SetValue("uuid", new Func<string>(IdGenerator.NewId));
        engine.SetValue("parameters", new Func<string, string?>(name => parameters.GetValueOrDefault(name)));
        var variables = new Dictionary<string, object?>(StringComparer.Ordinal);
        engine.SetValue("variables", new Func<string, object?>(name => variables.GetValueOrDefault(name)));
        if (recipe["variables"] is JsonObject declared)
        {
            foreach (var (name, value) in declared)
            {
                variables[name] = value is JsonValue v && v.TryGetValue<string>(out var s) ? Evaluate(engine, s) : value?.ToJsonString();
            }
        }

        if (recipe["steps"] is JsonArray steps)
        {
            Replace(steps, engine);
        }
    }

    private static void Replace(JsonNode node, Engine engine)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue v && v.TryGetValue<string>(out var s) && Expression().IsMatch(s))
                    {
                        obj[key] = JsonValue.Create(Evaluate(engine, s));
                    }
                    else if (obj[key] is { } child)
                    {
                        Replace(child, engine);
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.TryGetValue<string>(out var s) && Expression().IsMatch(s))
                    {
                        array[i] = JsonValue.Create(Evaluate(engine, s));
                    }
                    else if (array[i] is { } child)
                    {
                        Replace(child, engine);
                    }
                }

                break;
        }
    }

    private static string? Evaluate(Engine engine, string text)
    {
        var match = Expression().Match(text);
        return match.Success ? engine.Evaluate(match.Groups[1].Value).ToString() : text;
    }

    [GeneratedRegex(@"^\[js:\s*(.+)\]$", RegexOptions.Singleline)]
    private static partial Regex Expression();
}
