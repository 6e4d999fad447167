using EduHub.Core.Metadata;
using EduHub.Core.Modules;
using EduHub.Core.Security;

namespace EduHub.AdminTheme.Accounts;

/// <summary>
/// Every permission a role can be granted, the way the Roles recipe step knows them: the engine's, the active
/// modules' (<see cref="IPermissionProvider"/>) and the per-type ones of securable content types.
/// </summary>
public sealed class PermissionCatalog(ContentDefinitionManager definitions, IEnumerable<IPermissionProvider> providers, FeatureGate features)
{
    public static readonly IReadOnlyList<(ContentVerb Verb, bool Own)> TypeColumns =
        [.. from verb in Enum.GetValues<ContentVerb>() from own in new[] { false, true } select (verb, own)];

    public sealed record Contents(IReadOnlyList<IGrouping<string, Permission>> Global, IReadOnlyList<ContentTypeDefinition> SecurableTypes, IReadOnlySet<string> Names);

    public async Task<Contents> BuildAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        var global = CorePermissions.All.Concat(features.Active(providers).SelectMany(p => p.GetPermissions(snapshot)))
            .DistinctBy(p => p.Name).ToList();
        var categories = global.Select(p => p.Category).Distinct().ToList();
        var types = snapshot.Types.Where(t => t.TypeSettings.Securable).OrderBy(t => t.DisplayName ?? t.Name, StringComparer.CurrentCulture).ToList();
        var names = global.Select(p => p.Name)
            .Concat(from type in types from column in TypeColumns select ContentTypePermissions.ForType(column.Verb, column.Own, type.Name))
            .ToHashSet(StringComparer.Ordinal);
        return new Contents([.. global.GroupBy(p => p.Category).OrderBy(g => categories.IndexOf(g.Key))], types, names);
    }
}
