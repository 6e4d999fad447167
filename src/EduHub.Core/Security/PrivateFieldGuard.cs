using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Modules;

namespace EduHub.Core.Security;

/// <summary>
/// Blanks fields marked <c>Private</c> (people's contact data) in items read by callers who may not see
/// them. Applied by the content manager and the query service, so no entry point can forget it.
/// </summary>
public sealed class PrivateFieldGuard(IEnumerable<IPrivateFieldAccess> rules, FeatureGate features)
{
    /// <summary>User names of owners and authors are account data: shown to callers who list content (editors, authors), not to the public.</summary>
    public static bool MaySeeAuthors(ContentCaller caller) => caller.Has(CorePermissions.ListContent) || caller.Has(CorePermissions.PreviewContent);

    public async Task ApplyAsync(IReadOnlyList<ContentItem> items, ContentCaller caller, ContentDefinitionSnapshot definitions, DbSession session, CancellationToken cancellationToken)
    {
        if (!MaySeeAuthors(caller))
        {
            foreach (var item in items.Where(i => caller.UserName is null || i.Owner != caller.UserName))
            {
                item.Owner = null;
                item.Author = null;
            }
        }

        if (caller.Has(CorePermissions.ViewPrivateContactData))
        {
            return;
        }

        // Items read without their document (index-row data only) carry no field values to hide.
        var privateFieldsByType = new Dictionary<string, List<TypeField>>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.HasContent))
        {
            if (!privateFieldsByType.TryGetValue(item.ContentType, out var privateFields))
            {
                privateFieldsByType[item.ContentType] = privateFields = [.. definitions.FieldsOf(item.ContentType).Where(f => f.Definition.IsPrivate)];
            }

            if (privateFields.Count == 0 || (caller.UserName is not null && caller.UserName == item.Owner) || await AnyRuleAllowsAsync(item, caller, session, cancellationToken))
            {
                continue;
            }

            foreach (var field in privateFields)
            {
                // Looked at first: blanking builds the item's JsonObject, which a field without a value does not need.
                if (item.Read(field.PartName)[field.FieldName].Exists)
                {
                    item.Part(field.PartName)![field.FieldName] = null;
                }
            }
        }
    }

    /// <summary>
    /// A caller who may not see the stored item's private fields read them blank, so whatever such a caller sends
    /// for them is not a change: the stored values are put back into <paramref name="item"/> before it is saved.
    /// Applied by the content manager on every update, so no entry point can wipe or overwrite them.
    /// </summary>
    public async Task KeepHiddenValuesAsync(ContentItem item, ContentItem stored, ContentCaller caller, ContentDefinitionSnapshot definitions, DbSession session, CancellationToken cancellationToken)
    {
        if (caller.Has(CorePermissions.ViewPrivateContactData))
        {
            return;
        }

        List<TypeField> privateFields = [.. definitions.FieldsOf(stored.ContentType).Where(f => f.Definition.IsPrivate)];
        if (privateFields.Count == 0 || (caller.UserName is not null && caller.UserName == stored.Owner) || await AnyRuleAllowsAsync(stored, caller, session, cancellationToken))
        {
            return;
        }

        foreach (var field in privateFields)
        {
            if (stored.Part(field.PartName)?[field.FieldName] is { } value)
            {
                item.GetOrCreatePart(field.PartName)[field.FieldName] = value.DeepClone();
            }
            else
            {
                item.Part(field.PartName)?.Remove(field.FieldName);
            }
        }
    }

    private async Task<bool> AnyRuleAllowsAsync(ContentItem item, ContentCaller caller, DbSession session, CancellationToken cancellationToken)
    {
        foreach (var rule in features.Active(rules))
        {
            if (await rule.MaySeeAsync(item, caller, session, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }
}
