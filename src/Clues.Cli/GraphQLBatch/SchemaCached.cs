using Clues.GraphQL.Types;

namespace Clues.Cli.GraphQLBatch;

/// <summary>A built schema, or the reasons the SDL could not become one.</summary>
internal sealed record SchemaCached(GraphQLSchema? Schema, IReadOnlyList<string> Errors);
