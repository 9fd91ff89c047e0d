using Clues.GraphQL.Introspection;
using Clues.GraphQL.Types;
using Ast = Clues.GraphQL.Language;

namespace Clues.GraphQL.Schema;

/// <summary>
/// Turns SDL documents into the runtime type model: creates every type, applies extensions in order,
/// resolves type references, reads <c>@deprecated</c>/<c>@specifiedBy</c>/<c>@oneOf</c>, picks the root
/// types, and runs the type-system checks. Problems are added to the shared error list.
/// </summary>
internal sealed class SchemaAssembler
{
    private readonly List<string> _errors;
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Ast.TypeExtension>> _extensions = new(StringComparer.Ordinal);
    private readonly List<Ast.TypeDefinition> _definitions = [];
    private readonly List<Ast.DirectiveDefinition> _directiveDefinitions = [];
    private readonly HashSet<string> _introspectionNames = new(StringComparer.Ordinal);
    private Ast.SchemaDefinition? _schemaDefinition;
    private readonly List<Ast.SchemaExtension> _schemaExtensions = [];

    public SchemaAssembler(List<string> errors)
    {
        _errors = errors;
    }

    public IReadOnlyDictionary<string, NamedType> Types => _types;

    public GraphQLSchema? Schema { get; private set; }

    public GraphQLSchema? Assemble(IReadOnlyList<Ast.Document> documents)
    {
        foreach (var document in documents)
        {
            foreach (var definition in document.Definitions)
            {
                Collect(definition, isIntrospection: false);
            }
        }

        foreach (var definition in IntrospectionSchema.Document.Definitions)
        {
            Collect(definition, isIntrospection: true);
        }

        foreach (var builtIn in DirectiveDefinition.SpecifiedDirectives)
        {
            // SDL may redefine a built-in directive (as graphql-js allows); otherwise the built-in is used.
            _directives.TryAdd(builtIn.Name, builtIn);
        }

        foreach (var definition in _definitions)
        {
            Fill(definition);
        }

        foreach (var definition in _directiveDefinitions)
        {
            FillDirective(definition);
        }

        foreach (var (name, extensions) in _extensions)
        {
            if (!_types.ContainsKey(name))
            {
                foreach (var extension in extensions)
                {
                    _errors.Add($"Cannot extend type \"{name}\" because it is not defined.{Suggestions.DidYouMean(name, UserTypeNames())}{At(extension)}");
                }
            }
        }

        var (query, mutation, subscription) = ResolveRoots();
        var metaFields = IntrospectionSchema.CreateMetaFields(_types);
        var typeList = OrderTypes();
        var directiveList = OrderDirectives();
        var applied = new List<Ast.Directive>();
        if (_schemaDefinition is not null)
        {
            applied.AddRange(_schemaDefinition.Directives);
        }

        foreach (var extension in _schemaExtensions)
        {
            applied.AddRange(extension.Directives);
        }

        new SchemaValidator(_errors, _types, _directives, _introspectionNames).Validate(_schemaDefinition, _schemaExtensions);
        if (query is null)
        {
            return null;
        }

        Schema = new GraphQLSchema(_schemaDefinition?.Description?.Value, query, mutation, subscription, typeList, directiveList, applied, metaFields);
        IntrospectionSchema.BindResolvers(_types);
        return Schema;
    }

    internal static string At(Ast.SyntaxNode? node)
    {
        var loc = node?.Loc;
        if (loc is null)
        {
            return string.Empty;
        }

        var start = loc.StartLocation;
        return $" ({loc.Source.Name}:{start.Line}:{start.Column})";
    }

    private IEnumerable<string> UserTypeNames()
    {
        foreach (var name in _types.Keys)
        {
            if (!_introspectionNames.Contains(name))
            {
                yield return name;
            }
        }
    }

    private void Collect(Ast.Definition definition, bool isIntrospection)
    {
        switch (definition)
        {
            case Ast.SchemaDefinition schema:
                if (_schemaDefinition is not null)
                {
                    _errors.Add("Must provide only one schema definition." + At(schema));
                }
                else
                {
                    _schemaDefinition = schema;
                }

                break;
            case Ast.SchemaExtension extension:
                _schemaExtensions.Add(extension);
                break;
            case Ast.TypeDefinition type:
                var name = type.Name.Value;
                if (type is Ast.ScalarTypeDefinition && IsSpecifiedScalar(name))
                {
                    // Declaring a spec scalar is allowed and means the built-in one.
                    break;
                }

                if (_types.ContainsKey(name) || IsSpecifiedScalar(name))
                {
                    _errors.Add($"There can be only one type named \"{name}\".{At(type)}");
                    break;
                }

                var created = Create(type);
                if (isIntrospection)
                {
                    _introspectionNames.Add(name);
                }
                else if (name.StartsWith("__", StringComparison.Ordinal))
                {
                    _errors.Add($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.{At(type)}");
                }

                _types.Add(name, created);
                _definitions.Add(type);
                break;
            case Ast.TypeExtension typeExtension:
                if (!_extensions.TryGetValue(typeExtension.Name.Value, out var list))
                {
                    _extensions[typeExtension.Name.Value] = list = [];
                }

                list.Add(typeExtension);
                break;
            case Ast.DirectiveDefinition directive:
                if (_directiveDefinitions.Exists(d => d.Name.Value == directive.Name.Value))
                {
                    _errors.Add($"There can be only one directive named \"@{directive.Name.Value}\".{At(directive)}");
                    break;
                }

                _directiveDefinitions.Add(directive);
                break;
            default:
                _errors.Add($"The SDL may only contain type system definitions, but found a {definition.Kind} definition.{At(definition)}");
                break;
        }
    }

    private static bool IsSpecifiedScalar(string name) => name is "String" or "Int" or "Float" or "Boolean" or "ID";

    private static NamedType Create(Ast.TypeDefinition definition)
    {
        var description = definition.Description?.Value;
        var name = definition.Name.Value;
        NamedType type = definition switch
        {
            Ast.ScalarTypeDefinition => new ScalarType(name, Clues.GraphQL.Types.Scalars.PassThroughCoercion.Instance, description),
            Ast.ObjectTypeDefinition => new ObjectType(name, description),
            Ast.InterfaceTypeDefinition => new InterfaceType(name, description),
            Ast.UnionTypeDefinition => new UnionType(name, description),
            Ast.EnumTypeDefinition => new EnumType(name, description),
            Ast.InputObjectTypeDefinition => new InputObjectType(name, description),
            _ => throw new InvalidOperationException("Unknown type definition kind " + definition.Kind),
        };
        type.Definition = definition;
        return type;
    }

    private void Fill(Ast.TypeDefinition definition)
    {
        var type = _types[definition.Name.Value];
        type.AddAppliedDirectives(definition.Directives);
        var extensions = _extensions.TryGetValue(type.Name, out var list) ? list : [];
        switch (type)
        {
            case ScalarType scalar:
                foreach (var extension in extensions)
                {
                    if (CheckExtensionKind<Ast.ScalarTypeExtension>(extension))
                    {
                        scalar.AddAppliedDirectives(extension.Directives);
                    }
                }

                scalar.SpecifiedByUrl = ReadSpecifiedBy(scalar.AppliedDirectives);
                break;
            case ObjectType obj:
                var objDef = (Ast.ObjectTypeDefinition)definition;
                AddInterfaces(obj, objDef.Interfaces);
                AddFields(obj, objDef.Fields);
                foreach (var extension in extensions)
                {
                    if (CheckExtensionKind<Ast.ObjectTypeExtension>(extension))
                    {
                        var objExt = (Ast.ObjectTypeExtension)extension;
                        obj.AddAppliedDirectives(objExt.Directives);
                        AddInterfaces(obj, objExt.Interfaces);
                        AddFields(obj, objExt.Fields);
                    }
                }

                break;
            case InterfaceType iface:
                var ifaceDef = (Ast.InterfaceTypeDefinition)definition;
                AddInterfaces(iface, ifaceDef.Interfaces);
                AddFields(iface, ifaceDef.Fields);
                foreach (var extension in extensions)
                {
                    if (CheckExtensionKind<Ast.InterfaceTypeExtension>(extension))
                    {
                        var ifaceExt = (Ast.InterfaceTypeExtension)extension;
                        iface.AddAppliedDirectives(ifaceExt.Directives);
                        AddInterfaces(iface, ifaceExt.Interfaces);
                        AddFields(iface, ifaceExt.Fields);
                    }
                }

                break;
            case UnionType union:
                AddMembers(union, ((Ast.UnionTypeDefinition)definition).Types);
                foreach (var extension in extensions)
                {
                    if (CheckExtensionKind<Ast.UnionTypeExtension>(extension))
                    {
                        var unionExt = (Ast.UnionTypeExtension)extension;
                        union.AddAppliedDirectives(unionExt.Directives);
                        AddMembers(union, unionExt.Types);
                    }
                }

                break;
            case EnumType enumType:
                AddEnumValues(enumType, ((Ast.EnumTypeDefinition)definition).Values);
                foreach (var extension in extensions)
                {
                    if (CheckExtensionKind<Ast.EnumTypeExtension>(extension))
                    {
                        var enumExt = (Ast.EnumTypeExtension)extension;
                        enumType.AddAppliedDirectives(enumExt.Directives);
                        AddEnumValues(enumType, enumExt.Values);
                    }
                }

                break;
            case InputObjectType input:
                AddInputFields(input, ((Ast.InputObjectTypeDefinition)definition).Fields);
                foreach (var extension in extensions)
                {
                    if (CheckExtensionKind<Ast.InputObjectTypeExtension>(extension))
                    {
                        var inputExt = (Ast.InputObjectTypeExtension)extension;
                        input.AddAppliedDirectives(inputExt.Directives);
                        AddInputFields(input, inputExt.Fields);
                    }
                }

                input.IsOneOf = HasDirective(input.AppliedDirectives, "oneOf");
                break;
        }
    }

    private bool CheckExtensionKind<TExtension>(Ast.TypeExtension extension)
        where TExtension : Ast.TypeExtension
    {
        if (extension is TExtension)
        {
            return true;
        }

        var extensionKind = extension switch
        {
            Ast.ScalarTypeExtension => "scalar",
            Ast.ObjectTypeExtension => "object",
            Ast.InterfaceTypeExtension => "interface",
            Ast.UnionTypeExtension => "union",
            Ast.EnumTypeExtension => "enum",
            _ => "input object",
        };
        _errors.Add($"Cannot extend non-{extensionKind} type \"{extension.Name.Value}\".{At(extension)}");
        return false;
    }

    private void AddInterfaces(ComplexType type, IReadOnlyList<Ast.NamedType> interfaces)
    {
        foreach (var reference in interfaces)
        {
            var resolved = ResolveNamed(reference);
            if (resolved is null)
            {
                continue;
            }

            if (resolved is not InterfaceType iface)
            {
                _errors.Add($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.{At(reference)}");
                continue;
            }

            if (type.Implements(iface))
            {
                _errors.Add($"Type {type.Name} can only implement {iface.Name} once.{At(reference)}");
                continue;
            }

            type.AddInterface(iface);
        }
    }

    private void AddFields(ComplexType type, IReadOnlyList<Ast.FieldDefinition> fields)
    {
        foreach (var node in fields)
        {
            var field = new FieldDefinition(node.Name.Value, node.Description?.Value, ResolveType(node.Type))
            {
                Definition = node,
                DeclaringType = type,
                AppliedDirectives = node.Directives,
                DeprecationReason = ReadDeprecation(node.Directives),
            };
            foreach (var argumentNode in node.Arguments)
            {
                if (!field.AddArgument(CreateInputValue(argumentNode)))
                {
                    _errors.Add($"Argument \"{type.Name}.{field.Name}({argumentNode.Name.Value}:)\" can only be defined once.{At(argumentNode)}");
                }
            }

            if (!type.AddField(field))
            {
                _errors.Add($"Field \"{type.Name}.{field.Name}\" can only be defined once.{At(node)}");
            }
        }
    }

    private void AddMembers(UnionType union, IReadOnlyList<Ast.NamedType> members)
    {
        foreach (var reference in members)
        {
            var resolved = ResolveNamed(reference);
            if (resolved is null)
            {
                continue;
            }

            if (resolved is not ObjectType obj)
            {
                _errors.Add($"Union type {union.Name} can only include Object types, it cannot include {resolved.Name}.{At(reference)}");
                continue;
            }

            if (union.Types.Contains(obj))
            {
                _errors.Add($"Union type {union.Name} can only include type {obj.Name} once.{At(reference)}");
                continue;
            }

            union.AddType(obj);
        }
    }

    private void AddEnumValues(EnumType enumType, IReadOnlyList<Ast.EnumValueDefinition> values)
    {
        foreach (var node in values)
        {
            var name = node.Name.Value;
            var value = new Types.EnumValueDefinition(name, node.Description?.Value, name)
            {
                Definition = node,
                AppliedDirectives = node.Directives,
                DeprecationReason = ReadDeprecation(node.Directives),
            };
            if (!enumType.AddValue(value))
            {
                _errors.Add($"Enum value \"{enumType.Name}.{name}\" can only be defined once.{At(node)}");
            }
        }
    }

    private void AddInputFields(InputObjectType input, IReadOnlyList<Ast.InputValueDefinition> fields)
    {
        foreach (var node in fields)
        {
            if (!input.AddField(CreateInputValue(node)))
            {
                _errors.Add($"Field \"{input.Name}.{node.Name.Value}\" can only be defined once.{At(node)}");
            }
        }
    }

    private Types.InputValueDefinition CreateInputValue(Ast.InputValueDefinition node) =>
        new(node.Name.Value, node.Description?.Value, ResolveType(node.Type), node.DefaultValue)
        {
            Definition = node,
            AppliedDirectives = node.Directives,
            DeprecationReason = ReadDeprecation(node.Directives),
        };

    private void FillDirective(Ast.DirectiveDefinition node)
    {
        var directive = new DirectiveDefinition(node.Name.Value, node.Description?.Value, node.Repeatable, node.Locations) { Definition = node };
        foreach (var argumentNode in node.Arguments)
        {
            if (!directive.AddArgument(CreateInputValue(argumentNode)))
            {
                _errors.Add($"Argument \"@{directive.Name}({argumentNode.Name.Value}:)\" can only be defined once.{At(argumentNode)}");
            }
        }

        _directives[directive.Name] = directive;
    }

    private GraphQLType? ResolveType(Ast.TypeNode node) => node switch
    {
        Ast.NamedType named => ResolveNamed(named),
        Ast.ListType list => ResolveType(list.Type) is { } item ? new ListType(item) : null,
        Ast.NonNullType nonNull => ResolveType(nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    private NamedType? ResolveNamed(Ast.NamedType node)
    {
        var name = node.Name.Value;
        if (_types.TryGetValue(name, out var type))
        {
            return type;
        }

        switch (name)
        {
            case "String": return ScalarType.String;
            case "Int": return ScalarType.Int;
            case "Float": return ScalarType.Float;
            case "Boolean": return ScalarType.Boolean;
            case "ID": return ScalarType.ID;
        }

        _errors.Add($"Unknown type \"{name}\".{Suggestions.DidYouMean(name, UserTypeNames())}{At(node)}");
        return null;
    }

    private string? ReadDeprecation(IReadOnlyList<Ast.Directive> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "deprecated")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "reason")
                {
                    if (argument.Value is Ast.StringValue reason)
                    {
                        return reason.Value;
                    }

                    if (argument.Value is not Ast.NullValue)
                    {
                        _errors.Add($"Directive \"@deprecated\" argument \"reason\" must be a String.{At(argument)}");
                    }
                }
            }

            return DirectiveDefinition.DefaultDeprecationReason;
        }

        return null;
    }

    private string? ReadSpecifiedBy(IReadOnlyList<Ast.Directive> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value != "specifiedBy")
            {
                continue;
            }

            foreach (var argument in directive.Arguments)
            {
                if (argument.Name.Value == "url" && argument.Value is Ast.StringValue url)
                {
                    return url.Value;
                }
            }

            _errors.Add($"Directive \"@specifiedBy\" requires a String argument \"url\".{At(directive)}");
        }

        return null;
    }

    private static bool HasDirective(IReadOnlyList<Ast.Directive> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return true;
            }
        }

        return false;
    }

    private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) ResolveRoots()
    {
        var names = new Dictionary<Ast.OperationType, (string Name, Ast.SyntaxNode Node)>();
        void Read(IReadOnlyList<Ast.OperationTypeDefinition> operations)
        {
            foreach (var operation in operations)
            {
                if (!names.TryAdd(operation.Operation, (operation.Type.Name.Value, operation)))
                {
                    _errors.Add($"Type for {OperationName(operation.Operation)} already defined in the schema. It cannot be redefined.{At(operation)}");
                }
            }
        }

        if (_schemaDefinition is not null)
        {
            Read(_schemaDefinition.OperationTypes);
        }

        foreach (var extension in _schemaExtensions)
        {
            Read(extension.OperationTypes);
        }

        if (_schemaDefinition is null && _schemaExtensions.Count == 0)
        {
            // Without a schema definition the roots are the types named Query, Mutation and Subscription.
            if (_types.ContainsKey("Query"))
            {
                names[Ast.OperationType.Query] = ("Query", null!);
            }

            if (_types.ContainsKey("Mutation"))
            {
                names[Ast.OperationType.Mutation] = ("Mutation", null!);
            }

            if (_types.ContainsKey("Subscription"))
            {
                names[Ast.OperationType.Subscription] = ("Subscription", null!);
            }
        }
        else if (_schemaDefinition is null && !names.ContainsKey(Ast.OperationType.Query) && _types.ContainsKey("Query"))
        {
            names[Ast.OperationType.Query] = ("Query", null!);
        }

        ObjectType? Root(Ast.OperationType operation)
        {
            if (!names.TryGetValue(operation, out var entry))
            {
                if (operation == Ast.OperationType.Query)
                {
                    _errors.Add("Query root type must be provided.");
                }

                return null;
            }

            if (!_types.TryGetValue(entry.Name, out var type))
            {
                _errors.Add($"Unknown type \"{entry.Name}\" used as the {OperationName(operation)} root type.{Suggestions.DidYouMean(entry.Name, UserTypeNames())}{At(entry.Node)}");
                return null;
            }

            if (type is not ObjectType obj)
            {
                var title = OperationName(operation);
                _errors.Add($"{char.ToUpperInvariant(title[0])}{title[1..]} root type must be Object type, it cannot be {type.Name}.{At(entry.Node)}");
                return null;
            }

            return obj;
        }

        return (Root(Ast.OperationType.Query), Root(Ast.OperationType.Mutation), Root(Ast.OperationType.Subscription));
    }

    private static string OperationName(Ast.OperationType operation) => operation switch
    {
        Ast.OperationType.Query => "query",
        Ast.OperationType.Mutation => "mutation",
        _ => "subscription",
    };

    private List<NamedType> OrderTypes()
    {
        // User types in SDL order, then the spec scalars actually referenced, then the introspection types.
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var type in _types.Values)
        {
            switch (type)
            {
                case ComplexType complex:
                    foreach (var field in complex.Fields)
                    {
                        referenced.Add(SafeNamed(field));

                        foreach (var argument in field.Arguments)
                        {
                            referenced.Add(SafeNamed(argument));
                        }
                    }

                    break;
                case InputObjectType input:
                    foreach (var field in input.Fields)
                    {
                        referenced.Add(SafeNamed(field));
                    }

                    break;
            }
        }

        foreach (var directive in _directives.Values)
        {
            foreach (var argument in directive.Arguments)
            {
                referenced.Add(SafeNamed(argument));
            }
        }

        var list = new List<NamedType>(_types.Count + 5);
        foreach (var type in _types.Values)
        {
            if (!_introspectionNames.Contains(type.Name))
            {
                list.Add(type);
            }
        }

        foreach (var scalar in ScalarType.SpecifiedScalars)
        {
            if (referenced.Contains(scalar.Name))
            {
                list.Add(scalar);
            }
        }

        foreach (var type in _types.Values)
        {
            if (_introspectionNames.Contains(type.Name))
            {
                list.Add(type);
            }
        }

        return list;
    }

    private static string SafeNamed(FieldDefinition field) => field.TypeOrNull?.GetNamedType().Name ?? string.Empty;

    private static string SafeNamed(Types.InputValueDefinition value) => value.TypeOrNull?.GetNamedType().Name ?? string.Empty;

    private List<DirectiveDefinition> OrderDirectives()
    {
        // SDL directives in definition order, then the built-ins not redefined (graphql-js's order).
        var list = new List<DirectiveDefinition>(_directives.Count);
        foreach (var definition in _directiveDefinitions)
        {
            list.Add(_directives[definition.Name.Value]);
        }

        foreach (var builtIn in DirectiveDefinition.SpecifiedDirectives)
        {
            var directive = _directives[builtIn.Name];
            if (!list.Contains(directive))
            {
                list.Add(directive);
            }
        }

        return list;
    }
}
