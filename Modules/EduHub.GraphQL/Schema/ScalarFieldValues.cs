using System.Globalization;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.GraphQL.Schema;

/// <summary>Reads a field's value from the stored JSON as the CLR value its GraphQL scalar expects.</summary>
internal static class ScalarFieldValues
{
    public static object? Read(ContentItem item, TypeField field)
    {
        var value = item.Field(field.PartName, field.FieldName);
        return field.Kind switch
        {
            FieldKind.TextField => value?.GetString("Text"),
            FieldKind.NumericField => JsonNumbers.TryGetDecimal(value?["Value"], out var number) ? number : null,
            FieldKind.BooleanField => value?["Value"] is null ? null : value.GetBool("Value"),
            FieldKind.DateField => ParseDate(value?.GetString("Value")),
            FieldKind.DateTimeField => ParseDate(value?.GetString("Value")),
            FieldKind.MultiTextField => value?.GetStrings("Values"),
            _ => value,
        };
    }

    private static DateTime? ParseDate(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;
}
