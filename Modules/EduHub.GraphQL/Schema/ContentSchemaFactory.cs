using EduHub.Core.Metadata;
using EduHub.GraphQL.Abstractions;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace EduHub.GraphQL.Schema;

/// <summary>
/// The schema of the current definitions version: built once per change (on first use after it), never per
/// request, and replaced without a restart when definitions change.
/// </summary>
public sealed class ContentSchemaFactory(ContentDefinitionManager definitions, IOptions<GraphQLOptions> options, IEnumerable<IGraphQLSchemaContributor> contributors) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly IGraphQLSchemaContributor[] _contributors = [.. contributors];
    private (ContentDefinitionSnapshot Definitions, ISchema Schema)? _current;

    public async Task<(ContentDefinitionSnapshot Definitions, ISchema Schema)> GetAsync(CancellationToken cancellationToken)
    {
        var snapshot = await definitions.GetAsync(cancellationToken);
        if (_current is { } current && current.Definitions.Version == snapshot.Version)
        {
            return current;
        }

        await _building.WaitAsync(cancellationToken);
        try
        {
            if (_current is not { } built || built.Definitions.Version != snapshot.Version)
            {
                _current = built = (snapshot, ContentSchemaBuilder.Build(snapshot, options.Value, _contributors));
            }

            return built;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();
}
