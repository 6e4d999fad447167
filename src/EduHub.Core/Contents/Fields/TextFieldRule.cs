using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class TextFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.TextField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var text = context.ReadString("Text")?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (context.Required)
            {
                context.RequiredError();
            }

            if (context.Value is not null)
            {
                context.Writable["Text"] = null;
            }

            return Task.CompletedTask;
        }

        var s = context.Settings;
        if (s.GetInt("MaxLength") is { } max && text.Length > max)
        {
            context.Error($"{context.Label} must be at most {max} characters (it has {text.Length}).", ContentErrorCodes.TooLong,
                (ContentErrorArguments.Max, max), (ContentErrorArguments.Length, text.Length));
        }

        if (s.GetString("Pattern") is { Length: > 0 } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromMilliseconds(200)))
        {
            context.Error(s.GetString("PatternMessage") ?? $"{context.Label} has an invalid format.");
        }

        var options = (context.Field.Definition.Settings["TextFieldPredefinedListEditorSettings"] as JsonObject)?["Options"] as JsonArray;
        if (options is { Count: > 0 } && !options.OfType<JsonObject>().Any(o => o.GetString("value") == text))
        {
            var allowed = string.Join(", ", options.OfType<JsonObject>().Select(o => o.GetString("value")));
            context.Error($"{context.Label}: '{text}' is not one of the allowed values ({allowed}).", ContentErrorCodes.NotAllowed);
        }

        if (!TextFormats.TryNormalize(s.GetString("Format"), text, out var normalized, out var message))
        {
            context.Error($"{context.Label}: {message}");
        }

        context.Writable["Text"] = normalized;
        return Task.CompletedTask;
    }
}
