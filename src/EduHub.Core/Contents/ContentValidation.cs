using System.Text.Json.Nodes;
using EduHub.Core.Contents.Fields;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Contents.Parts;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;

namespace EduHub.Core.Contents;

/// <summary>
/// Runs on every save, whatever the entry point: unknown parts and fields, built-in parts, the field
/// settings, then the owning module's validators and the handlers' <c>Validating</c>.
/// </summary>
public sealed class ContentValidation(
    IEnumerable<IPartProcessor> partProcessors,
    IEnumerable<IFieldRule> fieldRules,
    IEnumerable<IContentValidator> validators,
    IEnumerable<IContentHandler> handlers,
    FeatureGate features,
    ContentLookup lookup)
{
    private static readonly HashSet<string> BuiltInParts = new(StringComparer.Ordinal)
    {
        "TitlePart", "AutoroutePart", "HtmlBodyPart", "LocalizationPart", "PublishLaterPart", "TaxonomyPart", "AliasPart",
    };

    private readonly IReadOnlyList<IPartProcessor> _partProcessors = partProcessors.OrderBy(p => p.Order).ToList();
    private readonly Dictionary<FieldKind, IFieldRule> _rules = fieldRules.ToDictionary(r => r.Kind);

    public async Task ValidateAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        var type = context.Definitions.GetType(context.Item.ContentType)
            ?? throw new InvalidOperationException($"Unknown content type '{context.Item.ContentType}'.");
        CheckUnknownMembers(context, type);
        foreach (var processor in _partProcessors)
        {
            foreach (var typePart in type.ContentTypePartDefinitionRecords.Where(p => p.PartName == processor.PartName))
            {
                await processor.ProcessAsync(new PartContext(context, typePart, lookup), cancellationToken);
            }
        }

        await ValidateFieldsAsync(context, cancellationToken);
        if (context.Errors.Count > 0)
        {
            return;
        }

        foreach (var validator in features.Active(validators, context.Session))
        {
            await validator.ValidateAsync(context, cancellationToken);
        }

        foreach (var handler in features.Active(handlers, context.Session))
        {
            await handler.ValidatingAsync(context, cancellationToken);
        }
    }

    /// <summary>Field settings only (used for taxonomy terms nested in their taxonomy).</summary>
    public async Task ValidateFieldsAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        foreach (var field in context.Definitions.FieldsOf(context.Item.ContentType))
        {
            if (_rules.TryGetValue(field.Kind, out var rule))
            {
                await rule.ApplyAsync(new FieldContext(context.Item, field, context, lookup), cancellationToken);
            }
        }
    }

    private static void CheckUnknownMembers(ValidateContentContext context, ContentTypeDefinition type)
    {
        foreach (var (name, value) in context.Item.Content)
        {
            var typePart = type.ContentTypePartDefinitionRecords.FirstOrDefault(p => p.Name == name);
            if (typePart is null)
            {
                context.AddError(name, $"'{name}' is not a part of the {type.Name} type.", ContentErrorCodes.NotAllowed);
                continue;
            }

            if (value is not JsonObject part)
            {
                context.AddError(name, $"'{name}' must be a JSON object.", ContentErrorCodes.WrongType);
                continue;
            }

            if (BuiltInParts.Contains(typePart.PartName))
            {
                continue;
            }

            var fields = context.Definitions.GetPart(typePart.PartName)?.ContentPartFieldDefinitionRecords.Select(f => f.Name).ToHashSet(StringComparer.Ordinal) ?? [];
            foreach (var (fieldName, fieldValue) in part)
            {
                if (!fields.Contains(fieldName))
                {
                    context.AddError($"{name}.{fieldName}", $"'{fieldName}' is not a field of {name}.", ContentErrorCodes.NotAllowed);
                }
                else if (fieldValue is not (null or JsonObject))
                {
                    context.AddError($"{name}.{fieldName}", $"'{fieldName}' must be a JSON object such as {{\"Text\": \"...\"}}.", ContentErrorCodes.WrongType);
                }
            }
        }
    }
}
