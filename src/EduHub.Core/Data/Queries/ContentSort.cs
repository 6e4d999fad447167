namespace EduHub.Core.Data.Queries;

/// <summary>Sort by a metadata column or by a single-valued field (empty values always last).</summary>
public sealed record ContentSort(MetadataField? Metadata, string? PartName, string? FieldName, bool Descending = false)
{
    public static ContentSort By(MetadataField field, bool descending = false) => new(field, null, null, descending);

    public static ContentSort ByField(string partName, string fieldName, bool descending = false) => new(null, partName, fieldName, descending);
}
