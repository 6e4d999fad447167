using Dapper;
using EduHub.Core.Metadata;

namespace EduHub.Core.Data.Indexes;

/// <summary>
/// When a single-valued field is added to a type, its existing live versions get an empty (NULL) index row,
/// as new saves do: field sorts join on these rows, so no existing item may lack one.
/// </summary>
internal static class FieldIndexBackfill
{
    public static async Task RunAsync(DbSession session, ContentDefinitionSnapshot before, ContentDefinitionSnapshot after, CancellationToken cancellationToken)
    {
        foreach (var type in after.Types)
        {
            foreach (var field in after.FieldsOf(type.Name).Where(f => f.IsSingleScalar))
            {
                var old = before.FindField(type.Name, field.PartName, field.FieldName);
                if (old is not null && old.Kind == field.Kind)
                {
                    continue;
                }

                var table = field.Kind switch
                {
                    FieldKind.TextField or FieldKind.LinkField => "TextFieldIndex",
                    FieldKind.NumericField => "NumericFieldIndex",
                    FieldKind.BooleanField => "BooleanFieldIndex",
                    _ => "DateTimeFieldIndex",
                };
                await session.Connection.ExecuteAsync(new CommandDefinition(
                    $"""
                    INSERT INTO {table} (DocumentId, ContentType, ContentPart, ContentField)
                    SELECT c.Id, c.ContentType, @part, @field FROM ContentItemIndex c
                    WHERE c.ContentType = @type AND c.Deleted = FALSE AND (c.Latest = TRUE OR c.Published = TRUE)
                      AND NOT EXISTS (SELECT 1 FROM {table} f WHERE f.DocumentId = c.Id AND f.ContentType = @type AND f.ContentPart = @part AND f.ContentField = @field)
                    """,
                    new { type = type.Name, part = field.PartName, field = field.FieldName }, session.Transaction, cancellationToken: cancellationToken));
            }
        }
    }
}
