using System.Globalization;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

/// <summary>DateField and DateTimeField: ISO 8601 values, stored in UTC (a DateField at midnight).</summary>
internal sealed class DateFieldRule(FieldKind kind) : IFieldRule
{
    public FieldKind Kind => kind;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        var text = context.ReadString("Value");
        if (string.IsNullOrWhiteSpace(text))
        {
            if (context.Required)
            {
                context.RequiredError();
            }

            return Task.CompletedTask;
        }

        if (!TryParse(text, out var value))
        {
            context.Error($"{context.Label}: '{text}' is not a valid ISO 8601 date.", ContentErrorCodes.WrongType);
            return Task.CompletedTask;
        }

        if (kind == FieldKind.DateField)
        {
            value = value.Date;
        }

        if (TryParse(context.Settings.GetString("Minimum"), out var min) && value < min)
        {
            context.Error($"{context.Label} must not be before {min:yyyy-MM-dd}.", ContentErrorCodes.OutOfRange, (ContentErrorArguments.Min, min));
        }

        if (TryParse(context.Settings.GetString("Maximum"), out var max) && value > max)
        {
            context.Error($"{context.Label} must not be after {max:yyyy-MM-dd}.", ContentErrorCodes.OutOfRange, (ContentErrorArguments.Max, max));
        }

        context.Writable["Value"] = ContentItemJson.FormatDate(value);
        return Task.CompletedTask;
    }

    private static bool TryParse(string? text, out DateTime value)
    {
        var ok = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
        value = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return ok;
    }
}
