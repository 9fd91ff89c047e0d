using Clues.GraphQL.Execution;

namespace Clues.GraphQL.Schema;

/// <summary>A resolver bound to a <c>Type.field</c> coordinate; <see cref="Origin"/> names the call for errors.</summary>
internal sealed record ResolverBinding(string Coordinate, string Origin, FieldResolver Resolver);
