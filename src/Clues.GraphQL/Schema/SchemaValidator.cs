using Clues.GraphQL.Types;
using Ast = Clues.GraphQL.Language;

namespace Clues.GraphQL.Schema;

/// <summary>
/// The spec's type-system validation (section 3 "Type Validation" plus the directive rules): names, fields,
/// arguments, interface implementation (including transitive interfaces), unions, enums, input objects
/// (non-null cycles, <c>@oneOf</c>) and applied directives. Adds one message per problem.
/// </summary>
internal sealed class SchemaValidator
{
    private readonly List<string> _errors;
    private readonly IReadOnlyDictionary<string, NamedType> _types;
    private readonly IReadOnlyDictionary<string, DirectiveDefinition> _directives;
    private readonly HashSet<string> _introspectionNames;

    public SchemaValidator(List<string> errors, IReadOnlyDictionary<string, NamedType> types, IReadOnlyDictionary<string, DirectiveDefinition> directives, HashSet<string> introspectionNames)
    {
        _errors = errors;
        _types = types;
        _directives = directives;
        _introspectionNames = introspectionNames;
    }

    public void Validate(Ast.SchemaDefinition? schemaDefinition, IReadOnlyList<Ast.SchemaExtension> schemaExtensions)
    {
        if (schemaDefinition is not null)
        {
            CheckApplied(schemaDefinition.Directives, Ast.DirectiveLocation.Schema, "schema");
        }

        foreach (var extension in schemaExtensions)
        {
            CheckApplied(extension.Directives, Ast.DirectiveLocation.Schema, "schema");
        }

        foreach (var directive in _directives.Values)
        {
            if (directive.IsBuiltIn)
            {
                continue;
            }

            CheckName(directive.Name, "@" + directive.Name, directive.Definition);
            foreach (var argument in directive.Arguments)
            {
                var coordinate = $"@{directive.Name}({argument.Name}:)";
                CheckName(argument.Name, coordinate, argument.Definition);
                CheckInputValue(argument, coordinate, "argument");
            }
        }

        foreach (var type in _types.Values)
        {
            if (_introspectionNames.Contains(type.Name))
            {
                continue;
            }

            switch (type)
            {
                case ScalarType scalar:
                    CheckApplied(scalar.AppliedDirectives, Ast.DirectiveLocation.Scalar, scalar.Name);
                    break;
                case ObjectType obj:
                    CheckApplied(obj.AppliedDirectives, Ast.DirectiveLocation.Object, obj.Name);
                    CheckComplex(obj);
                    break;
                case InterfaceType iface:
                    CheckApplied(iface.AppliedDirectives, Ast.DirectiveLocation.Interface, iface.Name);
                    CheckComplex(iface);
                    break;
                case UnionType union:
                    CheckApplied(union.AppliedDirectives, Ast.DirectiveLocation.Union, union.Name);
                    if (union.Types.Count == 0 && union.Definition is Ast.UnionTypeDefinition { Types.Count: 0 })
                    {
                        _errors.Add($"Union type {union.Name} must define one or more member types.{SchemaAssembler.At(union.Definition)}");
                    }

                    break;
                case EnumType enumType:
                    CheckEnum(enumType);
                    break;
                case InputObjectType input:
                    CheckInput(input);
                    break;
            }
        }

        CheckInputCycles();
    }

    private void CheckName(string name, string coordinate, Ast.SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            _errors.Add($"Name \"{coordinate}\" must not begin with \"__\", which is reserved by GraphQL introspection.{SchemaAssembler.At(node)}");
        }
    }

    private void CheckComplex(ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            _errors.Add($"Type {type.Name} must define one or more fields.{SchemaAssembler.At(type.Definition)}");
        }

        foreach (var field in type.Fields)
        {
            var coordinate = $"{type.Name}.{field.Name}";
            CheckName(field.Name, coordinate, field.Definition);
            CheckApplied(field.AppliedDirectives, Ast.DirectiveLocation.FieldDefinition, coordinate);
            if (TryGetType(field, out var fieldType) && !fieldType.IsOutputType())
            {
                _errors.Add($"The type of {coordinate} must be Output Type but got: {fieldType}.{SchemaAssembler.At(field.Definition?.Type)}");
            }

            foreach (var argument in field.Arguments)
            {
                var argumentCoordinate = $"{coordinate}({argument.Name}:)";
                CheckName(argument.Name, argumentCoordinate, argument.Definition);
                CheckInputValue(argument, argumentCoordinate, "argument");
                CheckApplied(argument.AppliedDirectives, Ast.DirectiveLocation.ArgumentDefinition, argumentCoordinate);
            }
        }

        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                _errors.Add($"Type {type.Name} cannot implement itself because it would create a circular reference.{SchemaAssembler.At(type.Definition)}");
                continue;
            }

            foreach (var transitive in iface.Interfaces)
            {
                if (!type.Implements(transitive) && !ReferenceEquals(transitive, type))
                {
                    _errors.Add($"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.{SchemaAssembler.At(type.Definition)}");
                }
            }

            CheckImplementation(type, iface);
        }
    }

    private void CheckImplementation(ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            if (!type.TryGetField(fieldName, out var typeField))
            {
                _errors.Add($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.{SchemaAssembler.At(type.Definition)}");
                continue;
            }

            if (TryGetType(ifaceField, out var expected) && TryGetType(typeField, out var actual) && !IsTypeSubTypeOf(actual, expected))
            {
                _errors.Add($"Interface field {iface.Name}.{fieldName} expects type {expected} but {type.Name}.{fieldName} is type {actual}.{SchemaAssembler.At(typeField.Definition?.Type)}");
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    _errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expected but {type.Name}.{fieldName} does not provide it.{SchemaAssembler.At(typeField.Definition)}");
                    continue;
                }

                if (TryGetType(ifaceArgument, out var expectedArg) && TryGetType(typeArgument, out var actualArg) && !expectedArg.IsEqualType(actualArg))
                {
                    _errors.Add($"Interface field argument {iface.Name}.{fieldName}({ifaceArgument.Name}:) expects type {expectedArg} but {type.Name}.{fieldName}({ifaceArgument.Name}:) is type {actualArg}.{SchemaAssembler.At(typeArgument.Definition)}");
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (ifaceField.GetArgument(typeArgument.Name) is null && TryGetType(typeArgument, out var argType) && typeArgument.IsRequired())
                {
                    _errors.Add($"Argument \"{type.Name}.{fieldName}({typeArgument.Name}:)\" must not be required type \"{argType}\" if not provided by the Interface field \"{iface.Name}.{fieldName}\".{SchemaAssembler.At(typeArgument.Definition)}");
                }
            }
        }
    }

    private void CheckEnum(EnumType enumType)
    {
        CheckApplied(enumType.AppliedDirectives, Ast.DirectiveLocation.Enum, enumType.Name);
        if (enumType.Values.Count == 0)
        {
            _errors.Add($"Enum type {enumType.Name} must define one or more values.{SchemaAssembler.At(enumType.Definition)}");
        }

        foreach (var value in enumType.Values)
        {
            var coordinate = $"{enumType.Name}.{value.Name}";
            CheckName(value.Name, coordinate, value.Definition);
            if (value.Name is "true" or "false" or "null")
            {
                _errors.Add($"Enum type {enumType.Name} cannot include value: {value.Name}.{SchemaAssembler.At(value.Definition)}");
            }

            CheckApplied(value.AppliedDirectives, Ast.DirectiveLocation.EnumValue, coordinate);
        }
    }

    private void CheckInput(InputObjectType input)
    {
        CheckApplied(input.AppliedDirectives, Ast.DirectiveLocation.InputObject, input.Name);
        if (input.Fields.Count == 0)
        {
            _errors.Add($"Input Object type {input.Name} must define one or more fields.{SchemaAssembler.At(input.Definition)}");
        }

        foreach (var field in input.Fields)
        {
            var coordinate = $"{input.Name}.{field.Name}";
            CheckName(field.Name, coordinate, field.Definition);
            CheckInputValue(field, coordinate, "input field");
            CheckApplied(field.AppliedDirectives, Ast.DirectiveLocation.InputFieldDefinition, coordinate);
            if (input.IsOneOf && TryGetType(field, out var type))
            {
                if (type is NonNullType)
                {
                    _errors.Add($"OneOf input field {coordinate} must be nullable.{SchemaAssembler.At(field.Definition)}");
                }

                if (field.HasDefaultValue)
                {
                    _errors.Add($"OneOf input field {coordinate} cannot have a default value.{SchemaAssembler.At(field.Definition)}");
                }
            }
        }
    }

    private void CheckInputValue(Types.InputValueDefinition value, string coordinate, string what)
    {
        if (!TryGetType(value, out var type))
        {
            return;
        }

        if (!type.IsInputType())
        {
            _errors.Add($"The type of {coordinate} must be Input Type but got: {type}.{SchemaAssembler.At(value.Definition?.Type)}");
            return;
        }

        if (value.IsRequired() && value.IsDeprecated)
        {
            _errors.Add($"Required {what} {coordinate} cannot be deprecated.{SchemaAssembler.At(value.Definition)}");
        }

        if (value.DefaultValue is { } defaultValue)
        {
            var problem = Execution.ValueCoercion.ValidateLiteral(defaultValue, type);
            if (problem is not null)
            {
                _errors.Add($"{char.ToUpperInvariant(what[0])}{what[1..]} {coordinate} has invalid default value {Ast.Printer.Print(defaultValue)}: {problem}{SchemaAssembler.At(defaultValue)}");
            }
        }
    }

    private void CheckInputCycles()
    {
        // Depth-first search over non-null, non-list input fields; an input object reachable from itself
        // that way could never be given a finite value.
        var visited = new HashSet<InputObjectType>();
        var path = new List<Types.InputValueDefinition>();
        var pathIndex = new Dictionary<InputObjectType, int>();
        foreach (var type in _types.Values)
        {
            if (type is InputObjectType input && !_introspectionNames.Contains(type.Name))
            {
                Visit(input);
            }
        }

        void Visit(InputObjectType input)
        {
            if (!visited.Add(input))
            {
                return;
            }

            pathIndex[input] = path.Count;
            foreach (var field in input.Fields)
            {
                if (!TryGetType(field, out var type) || type is not NonNullType { OfType: InputObjectType target })
                {
                    continue;
                }

                path.Add(field);
                if (pathIndex.TryGetValue(target, out var start))
                {
                    var names = new List<string>();
                    for (var i = start; i < path.Count; i++)
                    {
                        names.Add(path[i].Name);
                    }

                    _errors.Add($"Cannot reference Input Object \"{target.Name}\" within itself through a series of non-null fields: \"{string.Join(".", names)}\".{SchemaAssembler.At(target.Definition)}");
                }
                else
                {
                    Visit(target);
                }

                path.RemoveAt(path.Count - 1);
            }

            pathIndex.Remove(input);
        }
    }

    private void CheckApplied(IReadOnlyList<Ast.Directive> applied, Ast.DirectiveLocation location, string where)
    {
        HashSet<string>? seen = null;
        foreach (var directive in applied)
        {
            var name = directive.Name.Value;
            if (!_directives.TryGetValue(name, out var definition))
            {
                _errors.Add($"Unknown directive \"@{name}\" on {where}.{Suggestions.DidYouMean(name, _directives.Keys)}{SchemaAssembler.At(directive)}");
                continue;
            }

            if (!definition.IsAllowedAt(location))
            {
                _errors.Add($"Directive \"@{name}\" may not be used on {Ast.DirectiveLocationNames.ToName(location)} ({where}).{SchemaAssembler.At(directive)}");
            }

            if (!definition.IsRepeatable && !(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(name))
            {
                _errors.Add($"The directive \"@{name}\" can only be used once at this location ({where}).{SchemaAssembler.At(directive)}");
            }

            foreach (var argument in directive.Arguments)
            {
                if (definition.GetArgument(argument.Name.Value) is null)
                {
                    _errors.Add($"Unknown argument \"{argument.Name.Value}\" on directive \"@{name}\" ({where}).{SchemaAssembler.At(argument)}");
                }
            }

            foreach (var parameter in definition.Arguments)
            {
                if (parameter.IsRequired() && !directive.Arguments.Any(a => a.Name.Value == parameter.Name))
                {
                    _errors.Add($"Directive \"@{name}\" argument \"{parameter.Name}\" of type \"{parameter.Type}\" is required, but it was not provided ({where}).{SchemaAssembler.At(directive)}");
                }
            }
        }
    }

    private static bool IsTypeSubTypeOf(GraphQLType maybeSub, GraphQLType super)
    {
        if (maybeSub.IsEqualType(super))
        {
            return true;
        }

        if (super is NonNullType superNonNull)
        {
            return maybeSub is NonNullType subNonNull && IsTypeSubTypeOf(subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSub is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(nonNull.OfType, super);
        }

        if (super is ListType superList)
        {
            return maybeSub is ListType subList && IsTypeSubTypeOf(subList.OfType, superList.OfType);
        }

        if (maybeSub is ListType)
        {
            return false;
        }

        return super switch
        {
            UnionType union => maybeSub is ObjectType obj && union.Types.Contains(obj),
            InterfaceType iface => maybeSub is ComplexType complex && complex.Implements(iface),
            _ => false,
        };
    }

    private static bool TryGetType(FieldDefinition field, out GraphQLType type)
    {
        type = field.TypeOrNull!;
        return type is not null;
    }

    private static bool TryGetType(Types.InputValueDefinition value, out GraphQLType type)
    {
        type = value.TypeOrNull!;
        return type is not null;
    }
}
