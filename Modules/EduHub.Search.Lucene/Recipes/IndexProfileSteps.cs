using System.Text.Json.Nodes;
using EduHub.Core.Metadata;
using EduHub.Core.Recipes;
using EduHub.Search.Lucene.Analysis;
using EduHub.Search.Lucene.Indexing;
using EduHub.Search.Lucene.Profiles;

namespace EduHub.Search.Lucene.Recipes;

/// <summary>Validates and saves index profiles for the recipe steps; the node's worker picks them up after the commit.</summary>
internal sealed class IndexProfileSteps(IndexProfileStore profiles, ContentDefinitionManager definitions, SearchIndexer indexer)
{
    public async Task SaveAsync(RecipeStepContext context, string path, string? name, JsonObject contentSettings, JsonObject luceneSettings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw context.Error(path, "An index needs a name of letters, digits, '-' or '_' (at most 64).");
        }

        var snapshot = await definitions.GetAsync(context.Session, cancellationToken);
        var types = contentSettings.GetStrings("IndexedContentTypes");
        if (types.Count == 0)
        {
            throw context.Error($"{path}.IndexedContentTypes", $"The index '{name}' needs at least one content type.");
        }

        if (types.FirstOrDefault(t => snapshot.GetType(t) is null) is { } unknown)
        {
            throw context.Error($"{path}.IndexedContentTypes", $"Unknown content type '{unknown}'.");
        }

        var analyzer = luceneSettings.GetString("AnalyzerName")?.ToLowerInvariant();
        if (!SearchAnalyzers.IsKnown(analyzer))
        {
            throw context.Error($"{path}.AnalyzerName", $"Unknown analyzer '{analyzer}' (known: standard, armenian).");
        }

        var culture = contentSettings.GetString("Culture") ?? "any";
        if (culture != "any" && !SearchFields.Cultures.Contains(culture))
        {
            throw context.Error($"{path}.Culture", $"Culture must be 'any' or one of {string.Join(", ", SearchFields.Cultures)}.");
        }

        await profiles.SaveAsync(context.Session, new IndexProfile(
            name, types, culture, analyzer is null or "" ? "armenian" : analyzer,
            contentSettings.GetBool("IndexLatest"), luceneSettings.GetBool("StoreSourceData")), cancellationToken);
        context.Session.AfterCommit(() =>
        {
            indexer.Nudge();
            return Task.CompletedTask;
        });
    }

    /// <summary>Index names of a reset/rebuild step: <c>Indices</c> (Orchard 1.x) or <c>IndexNames</c> (3.0), or all with <c>IncludeAll</c>.</summary>
    public async Task RequestRebuildAsync(RecipeStepContext context, string reason, CancellationToken cancellationToken)
    {
        var existing = await profiles.ListAsync(context.Session, cancellationToken);
        var names = context.Step.GetBool("IncludeAll") ? existing.Select(p => p.Name).ToList()
            : context.Step.GetStrings("Indices").Concat(context.Step.GetStrings("IndexNames")).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            if (!existing.Any(p => string.Equals(p.Name, names[i], StringComparison.OrdinalIgnoreCase)))
            {
                throw context.Error("Indices", $"Unknown index '{names[i]}'.");
            }
        }

        context.Session.AfterCommit(() =>
        {
            foreach (var name in names)
            {
                indexer.RequestRebuild(name, reason);
            }

            return Task.CompletedTask;
        });
    }
}
