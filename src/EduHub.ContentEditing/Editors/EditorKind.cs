namespace EduHub.ContentEditing.Editors;

/// <summary>The control a form field is edited with.</summary>
public enum EditorKind
{
    Text,
    TextArea,
    Select,
    Radios,
    Html,
    Markdown,
    Number,
    Boolean,
    Date,
    DateTime,
    Link,
    Picker,
    Taxonomy,
    CheckboxList,
    Lines,
}
