using System.Diagnostics.CodeAnalysis;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Types;

/// <summary>
/// An immutable, validated GraphQL schema: root operation types, every named type by name (including the
/// introspection types), and the directive definitions (including the built-ins). Build one with
/// <see cref="Schema.SchemaBuilder"/>. Thread-safe for concurrent execution.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly Dictionary<string, NamedType> _types;
    private readonly List<NamedType> _typeList;
    private readonly Dictionary<string, DirectiveDefinition> _directives;
    private readonly List<DirectiveDefinition> _directiveList;

    // Abstract type name -> its possible object types, and interface name -> everything implementing it.
    private readonly Dictionary<string, List<ObjectType>> _possibleTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InterfaceType>> _interfaceImplementations = new(StringComparer.Ordinal);

    internal GraphQLSchema(
        string? description,
        ObjectType query,
        ObjectType? mutation,
        ObjectType? subscription,
        List<NamedType> types,
        List<DirectiveDefinition> directives,
        IReadOnlyList<Directive> appliedDirectives,
        MetaFields metaFields)
    {
        Description = description;
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        _typeList = types;
        _types = new Dictionary<string, NamedType>(types.Count, StringComparer.Ordinal);
        foreach (var type in types)
        {
            _types.Add(type.Name, type);
        }

        _directiveList = directives;
        _directives = new Dictionary<string, DirectiveDefinition>(directives.Count, StringComparer.Ordinal);
        foreach (var directive in directives)
        {
            _directives.Add(directive.Name, directive);
        }

        AppliedDirectives = appliedDirectives;
        MetaFields = metaFields;
        IndexPossibleTypes();
    }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The query root type.</summary>
    public ObjectType Query { get; }

    /// <summary>The mutation root type, or null.</summary>
    public ObjectType? Mutation { get; }

    /// <summary>The subscription root type, or null.</summary>
    public ObjectType? Subscription { get; }

    /// <summary>Every named type, in a stable order (user types in SDL order, then referenced built-ins and introspection types).</summary>
    public IReadOnlyList<NamedType> Types => _typeList;

    /// <summary>Every directive definition: the SDL's in definition order, then the built-ins.</summary>
    public IReadOnlyList<DirectiveDefinition> Directives => _directiveList;

    /// <summary>Directives applied to the schema definition and extensions.</summary>
    public IReadOnlyList<Directive> AppliedDirectives { get; }

    internal MetaFields MetaFields { get; }

    // CLR type -> object type from Bind<T>, for resolving interfaces and unions; filled before first use.
    internal Dictionary<Type, ObjectType> ClrTypeMap { get; } = [];

    // Per-document execution plans (collected fields, pre-coerced arguments) cached for this schema.
    internal Execution.DocumentPlanCache PlanCache { get; } = new();

    /// <summary>Finds a named type.</summary>
    /// <param name="name">The type name.</param>
    /// <returns>The type, or null.</returns>
    public NamedType? FindType(string name) => _types.GetValueOrDefault(name);

    /// <summary>Finds a named type.</summary>
    /// <param name="name">The type name.</param>
    /// <param name="type">The type when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetType(string name, [NotNullWhen(true)] out NamedType? type) => _types.TryGetValue(name, out type);

    /// <summary>Finds a directive definition.</summary>
    /// <param name="name">The directive name without <c>@</c>.</param>
    /// <returns>The directive, or null.</returns>
    public DirectiveDefinition? FindDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type for an operation kind, or null when the schema does not support it.</summary>
    /// <param name="operation">The operation kind.</param>
    /// <returns>The root type, or null.</returns>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>
    /// The field <paramref name="fieldName"/> on <paramref name="parentType"/>, including the meta fields:
    /// <c>__typename</c> on every composite type, <c>__schema</c> and <c>__type</c> on the query root.
    /// </summary>
    /// <param name="parentType">An object, interface or union type.</param>
    /// <param name="fieldName">The field name.</param>
    /// <returns>The field, or null when not defined.</returns>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 1 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename")
            {
                return parentType is ComplexType or UnionType ? MetaFields.TypeName : null;
            }

            if (ReferenceEquals(parentType, Query))
            {
                if (fieldName == "__schema")
                {
                    return MetaFields.Schema;
                }

                if (fieldName == "__type")
                {
                    return MetaFields.Type;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>The object types an abstract type may resolve to: a union's members or an interface's implementations.</summary>
    /// <param name="abstractType">An interface or union.</param>
    /// <returns>The possible object types (empty for other kinds).</returns>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        return abstractType switch
        {
            UnionType union => union.Types,
            InterfaceType => _possibleTypes.TryGetValue(abstractType.Name, out var list) ? list : [],
            _ => [],
        };
    }

    /// <summary>The interfaces that declare they implement <paramref name="interfaceType"/>.</summary>
    /// <param name="interfaceType">The interface.</param>
    /// <returns>The implementing interfaces.</returns>
    public IReadOnlyList<InterfaceType> GetInterfaceImplementations(InterfaceType interfaceType)
    {
        ArgumentNullException.ThrowIfNull(interfaceType);
        return _interfaceImplementations.TryGetValue(interfaceType.Name, out var list) ? list : [];
    }

    /// <summary>True when <paramref name="possibleType"/> is one of the possible types of <paramref name="abstractType"/>.</summary>
    /// <param name="abstractType">An interface or union.</param>
    /// <param name="possibleType">An object type.</param>
    /// <returns>True when possible.</returns>
    public bool IsPossibleType(NamedType abstractType, ObjectType possibleType) => IsSubType(abstractType, possibleType);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or an object or interface implementing the interface
    /// <paramref name="abstractType"/>.
    /// </summary>
    /// <param name="abstractType">An interface or union.</param>
    /// <param name="maybeSubType">An object or interface type.</param>
    /// <returns>True when a subtype.</returns>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        return _subTypes.TryGetValue(abstractType.Name, out var set)
            && set.Contains(maybeSubType.Name)
            && ReferenceEquals(FindType(maybeSubType.Name), maybeSubType);
    }

    /// <summary>
    /// True when a value of type <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected
    /// (covariance of non-null, lists and abstract types), as in the spec's <c>IsTypeSubTypeOf</c>.
    /// </summary>
    /// <param name="maybeSubType">The candidate type.</param>
    /// <param name="superType">The expected type.</param>
    /// <returns>True when a subtype.</returns>
    public bool IsTypeSubTypeOf(GraphQLType maybeSubType, GraphQLType superType)
    {
        while (true)
        {
            if (ReferenceEquals(maybeSubType, superType))
            {
                return true;
            }

            if (superType is NonNullType superNonNull)
            {
                if (maybeSubType is NonNullType subNonNull)
                {
                    maybeSubType = subNonNull.OfType;
                    superType = superNonNull.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is NonNullType nonNull)
            {
                maybeSubType = nonNull.OfType;
                continue;
            }

            if (superType is ListType superList)
            {
                if (maybeSubType is ListType subList)
                {
                    maybeSubType = subList.OfType;
                    superType = superList.OfType;
                    continue;
                }

                return false;
            }

            if (maybeSubType is ListType)
            {
                return false;
            }

            return superType is InterfaceType or UnionType
                && maybeSubType is ComplexType
                && IsSubType((NamedType)superType, (NamedType)maybeSubType);
        }
    }

    /// <summary>True when the two composite types can have a possible object type in common (spec <c>DoTypesOverlap</c>).</summary>
    /// <param name="typeA">A composite type.</param>
    /// <param name="typeB">A composite type.</param>
    /// <returns>True when they overlap.</returns>
    public bool DoTypesOverlap(NamedType typeA, NamedType typeB)
    {
        ArgumentNullException.ThrowIfNull(typeA);
        ArgumentNullException.ThrowIfNull(typeB);
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is InterfaceType or UnionType)
        {
            if (typeB is InterfaceType or UnionType)
            {
                foreach (var possible in GetPossibleTypes(typeA))
                {
                    if (IsSubType(typeB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return IsSubType(typeA, typeB);
        }

        if (typeB is InterfaceType or UnionType)
        {
            return IsSubType(typeB, typeA);
        }

        return false;
    }

    /// <summary>The schema type for a type reference in a document, or null when its named type is unknown.</summary>
    /// <param name="typeNode">The type reference.</param>
    /// <returns>The type, or null.</returns>
    public GraphQLType? TypeFromAst(TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(typeNode);
        switch (typeNode)
        {
            case Language.NamedType named:
                return FindType(named.Name.Value);
            case Language.ListType list:
                var item = TypeFromAst(list.Type);
                return item is null ? null : new ListType(item);
            case Language.NonNullType nonNull:
                var inner = TypeFromAst(nonNull.Type);
                return inner is null or NonNullType ? null : new NonNullType(inner);
            default:
                return null;
        }
    }

    private void IndexPossibleTypes()
    {
        foreach (var type in _typeList)
        {
            switch (type)
            {
                case UnionType union:
                    var members = GetOrAddSet(union.Name);
                    foreach (var member in union.Types)
                    {
                        members.Add(member.Name);
                    }

                    break;
                case ComplexType complex:
                    foreach (var implemented in complex.Interfaces)
                    {
                        GetOrAddSet(implemented.Name).Add(complex.Name);
                        if (complex is ObjectType obj)
                        {
                            if (!_possibleTypes.TryGetValue(implemented.Name, out var objects))
                            {
                                _possibleTypes[implemented.Name] = objects = [];
                            }

                            objects.Add(obj);
                        }
                        else if (complex is InterfaceType iface)
                        {
                            if (!_interfaceImplementations.TryGetValue(implemented.Name, out var ifaces))
                            {
                                _interfaceImplementations[implemented.Name] = ifaces = [];
                            }

                            ifaces.Add(iface);
                        }
                    }

                    break;
            }
        }
    }

    private HashSet<string> GetOrAddSet(string name)
    {
        if (!_subTypes.TryGetValue(name, out var set))
        {
            _subTypes[name] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }
}
