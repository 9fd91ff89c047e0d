using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using FieldDefinition = Clues.GraphQL.Types.FieldDefinition;

namespace Clues.GraphQL.Execution;

/// <summary>
/// One response key of a collected selection on a known parent object type: the merged field nodes, the
/// field definition, and caches for its arguments and for its sub-selections per runtime object type.
/// </summary>
internal sealed class FieldPlan
{
    private readonly object _lock = new();
    // A reference to an immutable pair, never a tuple field: requests share plans across threads, and a struct of two
    // references can be read torn (one type's fields under another type), which served a clue's selection under
    // a person's fields now and then under load.
    private Subfields? _lastSubfields;
    private Dictionary<ObjectType, CollectedFields>? _subfields;
    private IReadOnlyDictionary<string, object?>? _staticArguments;

    public FieldPlan(string responseKey, ObjectType parentType, FieldDefinition definition, List<Field> nodes)
    {
        ResponseKey = responseKey;
        ParentType = parentType;
        Definition = definition;
        Nodes = nodes;
        ArgumentsUseVariables = ArgumentsReferenceVariables(nodes[0].Arguments);
        ReturnType = definition.Type;
        IsLeaf = ReturnType.GetNullableType() is ScalarType or EnumType;
    }

    public ObjectType ParentType { get; }

    public GraphQLType ReturnType { get; }

    /// <summary>True when the (nullable) return type is a scalar or enum: no sub-selection, no path needed unless an error occurs.</summary>
    public bool IsLeaf { get; }

    public string ResponseKey { get; }

    public FieldDefinition Definition { get; }

    public List<Field> Nodes { get; }

    public Field Node => Nodes[0];

    public bool ArgumentsUseVariables { get; }

    /// <summary>Coerced arguments cached when they do not depend on variables.</summary>
    public IReadOnlyDictionary<string, object?>? StaticArguments
    {
        get => Volatile.Read(ref _staticArguments);
        set => Volatile.Write(ref _staticArguments, value);
    }

    public bool TryGetSubfields(ObjectType type, out CollectedFields fields)
    {
        var last = _lastSubfields;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            fields = last.Fields;
            return true;
        }

        lock (_lock)
        {
            if (_subfields is not null && _subfields.TryGetValue(type, out fields!))
            {
                _lastSubfields = new Subfields(type, fields);
                return true;
            }
        }

        fields = null!;
        return false;
    }

    public void AddSubfields(ObjectType type, CollectedFields fields)
    {
        lock (_lock)
        {
            _subfields ??= [];
            _subfields[type] = fields;
        }

        _lastSubfields = new Subfields(type, fields);
    }

    private static bool ArgumentsReferenceVariables(IReadOnlyList<Argument> arguments)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (ContainsVariable(arguments[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsVariable(ValueNode value)
    {
        switch (value)
        {
            case Variable:
                return true;
            case ListValue list:
                foreach (var item in list.Values)
                {
                    if (ContainsVariable(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValue obj:
                foreach (var field in obj.Fields)
                {
                    if (ContainsVariable(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    private sealed record Subfields(ObjectType Type, CollectedFields Fields);
}
