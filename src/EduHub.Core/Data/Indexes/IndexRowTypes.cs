namespace EduHub.Core.Data.Indexes;

public sealed record TextIndexRow(string ContentPart, string ContentField, string? Text, string? NormalizedText);

public sealed record ValueIndexRow<T>(string ContentPart, string ContentField, T Value);

public sealed record PickerIndexRow(string ContentPart, string ContentField, string SelectedContentItemId, int Position);

public sealed record TaxonomyIndexRow(string ContentPart, string ContentField, string? TaxonomyContentItemId, string TermContentItemId);
