namespace EduHub.Core.Data.Indexes;

/// <summary>The field index rows of one version, grouped by index table.</summary>
public sealed class FieldIndexRows
{
    public List<TextIndexRow> Text { get; } = [];
    public List<ValueIndexRow<double?>> Numeric { get; } = [];
    public List<ValueIndexRow<bool?>> Boolean { get; } = [];
    public List<ValueIndexRow<DateTime?>> DateTime { get; } = [];
    public List<PickerIndexRow> Pickers { get; } = [];
    public List<TaxonomyIndexRow> Terms { get; } = [];
}
