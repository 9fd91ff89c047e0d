using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Execution;

/// <summary>What one document needs at execution time, computed once: fragments by name and root field plans.</summary>
internal sealed class DocumentPlan
{
    private readonly object _lock = new();
    private readonly Dictionary<(OperationDefinition, ObjectType), CollectedFields> _roots = [];

    public DocumentPlan(Document document)
    {
        Document = document;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinition fragment)
            {
                Fragments.TryAdd(fragment.Name.Value, fragment);
            }
        }
    }

    public Document Document { get; }

    public Dictionary<string, FragmentDefinition> Fragments { get; } = new(StringComparer.Ordinal);

    public bool TryGetRoot(OperationDefinition operation, ObjectType type, out CollectedFields fields)
    {
        lock (_lock)
        {
            return _roots.TryGetValue((operation, type), out fields!);
        }
    }

    public void AddRoot(OperationDefinition operation, ObjectType type, CollectedFields fields)
    {
        lock (_lock)
        {
            _roots[(operation, type)] = fields;
        }
    }
}
