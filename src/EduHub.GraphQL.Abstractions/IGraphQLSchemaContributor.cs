namespace EduHub.GraphQL.Abstractions;

/// <summary>
/// Adds a module's own fields (queries, mutations, types) to the schema. Registered by the module's startup;
/// called once per schema build (once per definitions version), never per request. Ignored when the GraphQL
/// module is not loaded.
/// </summary>
public interface IGraphQLSchemaContributor
{
    void Contribute(GraphQLSchemaContext context);
}
