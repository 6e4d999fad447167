using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class NumericFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.NumericField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var node = context.Value?["Value"];
        if (node is null)
        {
            if (context.Required)
            {
                context.RequiredError();
            }

            return Task.CompletedTask;
        }

        if (node is not JsonValue v || v.GetValueKind() != JsonValueKind.Number)
        {
            context.Error($"{context.Label} must be a number.", ContentErrorCodes.WrongType);
            return Task.CompletedTask;
        }

        if (!JsonNumbers.TryGetDecimal(v, out var value))
        {
            context.Error($"{context.Label} is too large a number.", ContentErrorCodes.OutOfRange);
            return Task.CompletedTask;
        }

        var s = context.Settings;
        if (s.GetDecimal("Minimum") is { } min && value < min)
        {
            context.Error($"{context.Label} must be at least {min}.", ContentErrorCodes.OutOfRange, (ContentErrorArguments.Min, min));
        }

        if (s.GetDecimal("Maximum") is { } max && value > max)
        {
            context.Error($"{context.Label} must be at most {max}.", ContentErrorCodes.OutOfRange, (ContentErrorArguments.Max, max));
        }

        if (s.GetInt("Scale") is { } scale && decimal.Round(value, scale) != value)
        {
            context.Error(scale == 0 ? $"{context.Label} must be a whole number." : $"{context.Label} allows at most {scale} decimal places.");
        }

        return Task.CompletedTask;
    }
}
