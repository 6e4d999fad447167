using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

/// <summary>Enforces a field type's settings on every save and normalizes the stored value.</summary>
public interface IFieldRule
{
    FieldKind Kind { get; }

    Task ApplyAsync(FieldContext context, CancellationToken cancellationToken);
}
