using System.Text.Json;
using System.Text.Json.Nodes;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Fields;

internal sealed class BooleanFieldRule : IFieldRule
{
    public FieldKind Kind => FieldKind.BooleanField;

    public Task ApplyAsync(FieldContext context, CancellationToken cancellationToken)
    {
        if (context.Value?["Value"] is { } node && (node is not JsonValue v || v.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False)))
        {
            context.Error($"{context.Label} must be true or false.", ContentErrorCodes.WrongType);
        }

        return Task.CompletedTask;
    }
}
