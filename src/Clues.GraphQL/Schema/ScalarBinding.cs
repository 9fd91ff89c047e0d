using Clues.GraphQL.Types;

namespace Clues.GraphQL.Schema;

/// <summary>A behaviour bound to an SDL scalar.</summary>
internal sealed record ScalarBinding(string ScalarName, ScalarCoercion Coercion);
