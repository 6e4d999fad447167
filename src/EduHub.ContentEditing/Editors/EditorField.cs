using EduHub.Core.Metadata;

namespace EduHub.ContentEditing.Editors;

/// <summary>
/// One control of a generated content form: where its value lives in the item (a field of a part, or a property of
/// a built-in part), how it is edited, and its current input values keyed by input suffix ("" for the main input,
/// "Text" for a link's text). <see cref="Key"/> is the engine's error path, so errors land next to the field.
/// </summary>
public sealed class EditorField
{
    public required string Key { get; init; }

    /// <summary>The content type whose form holds the field.</summary>
    public required string ContentType { get; init; }

    public required string PartName { get; init; }

    /// <summary>The field's name, or null for a property of a built-in part (see <see cref="Property"/>).</summary>
    public string? FieldName { get; init; }

    public string? Property { get; init; }

    public FieldKind FieldKind { get; init; }

    public required EditorKind Kind { get; init; }

    public required string Label { get; init; }

    public string? Hint { get; init; }

    public bool Required { get; init; }

    public bool Multiple { get; init; }

    public decimal? Minimum { get; init; }

    public decimal? Maximum { get; init; }

    public int? Scale { get; init; }

    /// <summary>The text beside a yes/no checkbox.</summary>
    public string? CheckboxLabel { get; init; }

    /// <summary>The content types a picker may pick (empty: any).</summary>
    public IReadOnlyList<string> PickerTypes { get; init; } = [];

    /// <summary>The taxonomy a taxonomy field takes its terms from.</summary>
    public string? TaxonomyId { get; init; }

    public IReadOnlyList<EditorOption> Options { get; set; } = [];

    /// <summary>A picker's search text (posted with the search button, or typed before the page was re-shown).</summary>
    public string? Search { get; set; }

    /// <summary>Set when a picker has more candidates than it lists: the user searches for the rest.</summary>
    public bool MoreOptions { get; set; }

    public Dictionary<string, List<string>> Inputs { get; } = new(StringComparer.Ordinal);

    public List<string> Errors { get; } = [];

    public string Id => "f-" + Key.Replace('.', '-');

    public string Name(string suffix = "") => suffix.Length == 0 ? Key : Key + "." + suffix;

    public string Value(string suffix = "") => Inputs.TryGetValue(suffix, out var values) && values.Count > 0 ? values[0] : "";

    public IReadOnlyList<string> Values(string suffix = "") => Inputs.TryGetValue(suffix, out var values) ? values : [];

    public bool IsSelected(string value) => Values().Contains(value, StringComparer.Ordinal);

    public void Set(string suffix, params IEnumerable<string?> values) => Inputs[suffix] = values.OfType<string>().ToList();
}
