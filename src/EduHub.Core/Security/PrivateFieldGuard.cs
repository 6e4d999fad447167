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
    public async Task ApplyAsync(IReadOnlyList<ContentItem> items, ContentCaller caller, ContentDefinitionSnapshot definitions, DbSession session, CancellationToken cancellationToken)
    {
        if (caller.Has(CorePermissions.ViewPrivateContactData))
        {
            return;
        }

        foreach (var item in items)
        {
            var privateFields = definitions.FieldsOf(item.ContentType).Where(f => f.Definition.IsPrivate).ToList();
            if (privateFields.Count == 0 || (caller.UserName is not null && caller.UserName == item.Owner) || await AnyRuleAllowsAsync(item, caller, session, cancellationToken))
            {
                continue;
            }

            foreach (var field in privateFields)
            {
                if (item.Part(field.PartName) is { } part && part.ContainsKey(field.FieldName))
                {
                    part[field.FieldName] = null;
                }
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
