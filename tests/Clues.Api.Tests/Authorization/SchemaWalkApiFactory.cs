namespace Clues.Api.Tests.Authorization;

/// <summary>
/// The API with the query limits raised, so the schema walk can select every field of every type three levels deep in
/// one document (the production limits would refuse such a query before it reached a resolver), and introspection
/// on (off in Production) so the walk finds the fields the way a client would.
/// </summary>
public sealed class SchemaWalkApiFactory : ApiFactory
{
    public SchemaWalkApiFactory()
    {
        With("Clues:GraphQL:EnableIntrospection", "true");
        With("Clues:GraphQL:MaxTokens", "1000000");
        With("Clues:GraphQL:Validation:MaxCost", "100000000");
        With("Clues:GraphQL:Validation:MaxFields", "1000000");
        With("Clues:GraphQL:MaxRequestBodySize", "16777216");
    }
}
