namespace Clues.GraphQL.Http;

/// <summary>The media types a GraphQL response can be written as.</summary>
internal enum ResponseMediaType
{
    /// <summary><c>application/json</c>: every well-formed GraphQL response is sent with 200 (legacy clients).</summary>
    Json,

    /// <summary><c>application/graphql-response+json</c>: request errors are sent with 4xx, so intermediaries can tell.</summary>
    GraphQLResponseJson,
}
