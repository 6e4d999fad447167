namespace EduHub.Core.Metadata;

/// <summary>A field as it appears on one content type: the part's name in the type plus the field definition.</summary>
public sealed record TypeField(string ContentType, string PartName, ContentPartFieldDefinition Definition)
{
    public string FieldName => Definition.Name;

    public FieldKind Kind { get; } = Enum.TryParse<FieldKind>(Definition.FieldName, out var kind) ? kind : FieldKind.Unknown;

    /// <summary>Fields with at most one scalar value: these can be sorted on.</summary>
    public bool IsSingleScalar => Kind is FieldKind.TextField or FieldKind.NumericField or FieldKind.BooleanField
        or FieldKind.DateField or FieldKind.DateTimeField or FieldKind.LinkField;
}
