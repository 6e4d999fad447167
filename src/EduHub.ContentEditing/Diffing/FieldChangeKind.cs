namespace EduHub.ContentEditing.Diffing;

public enum FieldChangeKind
{
    /// <summary>Free text: compared word by word.</summary>
    Text,

    /// <summary>One value (number, date, yes/no, link, path): shown as old → new.</summary>
    Value,

    /// <summary>Several values (picked items, terms, list entries): shown as removed and added entries.</summary>
    List,
}
