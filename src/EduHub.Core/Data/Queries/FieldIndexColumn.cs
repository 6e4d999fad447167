using EduHub.Core.Metadata;

namespace EduHub.Core.Data.Queries;

/// <summary>Where a field kind is indexed and what its values are.</summary>
internal sealed record FieldIndexColumn(string Table, string Column, SortValueKind ValueKind, bool IsReference)
{
    public static FieldIndexColumn For(TypeField field) => field.Kind switch
    {
        FieldKind.TextField or FieldKind.LinkField or FieldKind.MultiTextField => new("TextFieldIndex", "NormalizedText", SortValueKind.Text, false),
        FieldKind.NumericField => new("NumericFieldIndex", "Value", SortValueKind.Number, false),
        FieldKind.BooleanField => new("BooleanFieldIndex", "Value", SortValueKind.Boolean, false),
        FieldKind.DateField or FieldKind.DateTimeField => new("DateTimeFieldIndex", "Value", SortValueKind.Date, false),
        FieldKind.ContentPickerField => new("ContentPickerFieldIndex", "SelectedContentItemId", SortValueKind.Text, true),
        FieldKind.TaxonomyField => new("TaxonomyFieldIndex", "TermContentItemId", SortValueKind.Text, true),
        _ => throw new ContentQueryException($"{field.PartName}.{field.FieldName} ({field.Definition.FieldName}) cannot be filtered or sorted."),
    };
}
