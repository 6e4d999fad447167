using System.Globalization;
using EduHub.Admin;
using EduHub.Core.Contents;
using Microsoft.Extensions.Localization;

namespace EduHub.AdminTheme.Editors;

/// <summary>The engine's sentences in hy/en/ru: a code plus the argument names present pick the sentence.</summary>
internal sealed class ContentErrorLocalizer(IStringLocalizer<EngineText> t) : IContentErrorLocalizer
{
    public string Localize(ContentError error, string? label = null)
    {
        var args = error.Arguments;
        if (!args.TryGetValue(ContentErrorArguments.Label, out var defined))
        {
            return error.Message;
        }

        var name = label ?? Convert.ToString(defined, CultureInfo.CurrentCulture) ?? "";
        args.TryGetValue(ContentErrorArguments.Min, out var min);
        args.TryGetValue(ContentErrorArguments.Max, out var max);
        args.TryGetValue(ContentErrorArguments.Length, out var length);
        args.TryGetValue(ContentErrorArguments.Value, out var value);
        LocalizedString? text = error.Code switch
        {
            ContentErrorCodes.Required => t["{0} is required.", name],
            ContentErrorCodes.TooLong when max is not null && length is not null => t["{0} must be at most {1} characters (it has {2}).", name, Format(max), Format(length)],
            ContentErrorCodes.TooLong when max is not null => t["{0} must be at most {1} characters.", name, Format(max)],
            ContentErrorCodes.OutOfRange when min is DateTime => t["{0} must not be before {1}.", name, Format(min)],
            ContentErrorCodes.OutOfRange when max is DateTime => t["{0} must not be after {1}.", name, Format(max)],
            ContentErrorCodes.OutOfRange when min is not null => t["{0} must be at least {1}.", name, Format(min)],
            ContentErrorCodes.OutOfRange when max is not null => t["{0} must be at most {1}.", name, Format(max)],
            ContentErrorCodes.Duplicate when value is not null => t["{0}: «{1}» is already used by another item.", name, Format(value)],
            _ => null,
        };
        return text?.Value ?? error.Message;
    }

    private static string Format(object value) => value switch
    {
        DateTime date => date.ToString("d", CultureInfo.CurrentCulture),
        int or long => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.CurrentCulture),
        IFormattable number => number.ToString(null, CultureInfo.CurrentCulture),
        _ => Convert.ToString(value, CultureInfo.CurrentCulture) ?? "",
    };
}
