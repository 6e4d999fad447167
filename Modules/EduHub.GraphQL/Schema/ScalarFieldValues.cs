using System.Globalization;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;

namespace EduHub.GraphQL.Schema;

/// <summary>Reads a field's value from the stored JSON as the CLR value its GraphQL scalar expects.</summary>
internal static class ScalarFieldValues
{
    public static object? Read(ContentItem item, TypeField field)
    {
        var value = item.Read(field.PartName)[field.FieldName];
        if (!value.IsObject)
        {
            return null;
        }

        return field.Kind switch
        {
            FieldKind.TextField => value.GetString("Text"),
            FieldKind.NumericField => value["Value"].AsNumber(),
            FieldKind.BooleanField => value["Value"] is { Exists: true } flag ? flag.AsBool() : null,
            FieldKind.DateField => ParseDate(value.GetString("Value")),
            FieldKind.DateTimeField => ParseDate(value.GetString("Value")),
            FieldKind.MultiTextField => value.GetStrings("Values"),
            _ => null,
        };
    }

    private static DateTime? ParseDate(string? text) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var date)
            ? DateTime.SpecifyKind(date, DateTimeKind.Utc)
            : null;
}
