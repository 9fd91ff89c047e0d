using Clues.GraphQL.Language;

namespace Clues.GraphQL.Http;

/// <summary>
/// Recognises operations that select only meta fields at the root (<c>__schema</c>, <c>__type</c>,
/// <c>__typename</c>). Their answer depends on the schema alone, so the handler keeps the serialised response
/// and serves it again (the cost limit prices such fields at nothing; see CostLimit).
/// </summary>
internal static class IntrospectionOperations
{
    public static bool IsIntrospectionOnly(Document document, OperationDefinition operation)
    {
        Dictionary<string, FragmentDefinition>? fragments = null;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        return OnlyMetaFields(operation.SelectionSet);

        bool OnlyMetaFields(SelectionSet selections)
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case Field field when !field.Name.Value.StartsWith("__", StringComparison.Ordinal):
                        return false;
                    case Field:
                        break;
                    case InlineFragment inline when !OnlyMetaFields(inline.SelectionSet):
                        return false;
                    case InlineFragment:
                        break;
                    case FragmentSpread spread:
                        fragments ??= document.Definitions.OfType<FragmentDefinition>()
                            .GroupBy(f => f.Name.Value, StringComparer.Ordinal)
                            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                        if (!fragments.TryGetValue(spread.Name.Value, out var fragment))
                        {
                            return false;
                        }

                        // A cycle is a validation error reported elsewhere; here it just ends the walk.
                        if (visited.Add(spread.Name.Value) && !OnlyMetaFields(fragment.SelectionSet))
                        {
                            return false;
                        }

                        break;
                    default:
                        return false;
                }
            }

            return true;
        }
    }
}
