using System.Text.Json.Nodes;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class MultiTextFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.MultiTextField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var values = context.ReadStrings("Values").Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
        {
            if (context.Required)
            {
                context.RequiredError();
            }

            return Task.CompletedTask;
        }

        var options = (context.Settings["Options"] as JsonArray)?.OfType<JsonObject>().Select(o => o.GetString("value")).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var format = context.Settings.GetString("Format");
        var normalized = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (options is { Count: > 0 } && !options.Contains(value))
            {
                context.Error($"{context.Label}: '{value}' is not one of the allowed values ({string.Join(", ", options)}).", ContentErrorCodes.NotAllowed);
            }

            if (!TextFormats.TryNormalize(format, value, out var stored, out var message))
            {
                context.Error($"{context.Label}: {message}");
            }

            normalized.Add(stored);
        }

        context.WriteStrings("Values", normalized);
        return Task.CompletedTask;
    }
}
