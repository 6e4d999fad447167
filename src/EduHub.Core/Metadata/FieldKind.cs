namespace EduHub.Core.Metadata;

/// <summary>The field types EduHub understands, named after Orchard Core's fields.</summary>
public enum FieldKind
{
    Unknown,
    TextField,
    HtmlField,
    MarkdownField,
    NumericField,
    BooleanField,
    DateField,
    DateTimeField,
    LinkField,
    ContentPickerField,
    TaxonomyField,
    MultiTextField,
    MediaField,
}
