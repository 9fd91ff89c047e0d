using Clues.GraphQL.Execution;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Schema;

/// <summary>
/// Applies the C# bindings to the assembled types and reports every binding that does not match the SDL,
/// naming both the call and the SDL side.
/// </summary>
internal sealed class BindingApplier
{
    private readonly SchemaAssembler _assembler;
    private readonly List<string> _errors;

    public BindingApplier(SchemaAssembler assembler, List<string> errors)
    {
        _assembler = assembler;
        _errors = errors;
    }

    public void Apply(
        List<ScalarBinding> scalars,
        List<EnumBinding> enums,
        List<ClrBinding> clrTypes,
        List<ResolverBinding> resolvers,
        List<KeyValuePair<string, Func<object, bool>>> isTypeOf,
        List<KeyValuePair<string, Func<object, string?>>> resolveType)
    {
        foreach (var binding in scalars)
        {
            var origin = $"BindScalar(\"{binding.ScalarName}\")";
            if (Find(binding.ScalarName, origin) is not { } type)
            {
                continue;
            }

            if (type is not ScalarType scalar || scalar.IsBuiltIn)
            {
                _errors.Add($"{origin}: {Describe(type)} in the SDL, not a custom scalar.");
                continue;
            }

            scalar.Coercion = binding.Coercion;
            scalar.SpecifiedByUrl ??= binding.Coercion.SpecifiedByUrl;
        }

        foreach (var binding in enums)
        {
            BindEnum(binding);
        }

        foreach (var binding in resolvers)
        {
            BindResolver(binding);
        }

        InheritInterfaceResolvers();

        foreach (var binding in clrTypes)
        {
            BindClr(binding);
        }

        foreach (var (typeName, predicate) in isTypeOf)
        {
            var origin = $"Type(\"{typeName}\").IsTypeOf(...)";
            if (Find(typeName, origin) is not { } type)
            {
                continue;
            }

            if (type is not ObjectType obj)
            {
                _errors.Add($"{origin}: {Describe(type)} in the SDL; IsTypeOf applies to object types.");
                continue;
            }

            obj.IsTypeOf = predicate;
        }

        foreach (var (typeName, resolver) in resolveType)
        {
            var origin = $"Type(\"{typeName}\").ResolveType(...)";
            switch (Find(typeName, origin))
            {
                case null:
                    break;
                case InterfaceType iface:
                    iface.ResolveType = resolver;
                    break;
                case UnionType union:
                    union.ResolveType = resolver;
                    break;
                case var other:
                    _errors.Add($"{origin}: {Describe(other)} in the SDL; ResolveType applies to interfaces and unions.");
                    break;
            }
        }
    }

    private static string Describe(NamedType type) => type switch
    {
        ScalarType { IsBuiltIn: true } => $"{type.Name} is a built-in scalar",
        ScalarType => $"{type.Name} is a scalar",
        ObjectType => $"{type.Name} is an object type",
        InterfaceType => $"{type.Name} is an interface",
        UnionType => $"{type.Name} is a union",
        EnumType => $"{type.Name} is an enum",
        InputObjectType => $"{type.Name} is an input object type",
        _ => type.Name,
    };

    private NamedType? Find(string name, string origin)
    {
        if (_assembler.Types.TryGetValue(name, out var type) && !type.IsIntrospectionType)
        {
            return type;
        }

        var builtIn = name switch
        {
            "String" => ScalarType.String,
            "Int" => ScalarType.Int,
            "Float" => ScalarType.Float,
            "Boolean" => ScalarType.Boolean,
            "ID" => ScalarType.ID,
            _ => null,
        };
        if (builtIn is not null)
        {
            return builtIn;
        }

        var names = new List<string>();
        foreach (var candidate in _assembler.Types.Values)
        {
            if (!candidate.IsIntrospectionType)
            {
                names.Add(candidate.Name);
            }
        }

        _errors.Add($"{origin}: the SDL has no type {name}.{Suggestions.DidYouMean(name, names)}");
        return null;
    }

    private void BindResolver(ResolverBinding binding)
    {
        var dot = binding.Coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || dot == binding.Coordinate.Length - 1 || binding.Coordinate.IndexOf('.', dot + 1) >= 0)
        {
            _errors.Add($"{binding.Origin}: expected a coordinate of the form \"Type.field\".");
            return;
        }

        var typeName = binding.Coordinate[..dot];
        var fieldName = binding.Coordinate[(dot + 1)..];
        if (Find(typeName, binding.Origin) is not { } type)
        {
            return;
        }

        if (type is not ComplexType complex)
        {
            _errors.Add($"{binding.Origin}: {Describe(type)} in the SDL, which has no fields to resolve.");
            return;
        }

        if (!complex.TryGetField(fieldName, out var field))
        {
            var names = new List<string>();
            foreach (var candidate in complex.Fields)
            {
                names.Add(candidate.Name);
            }

            _errors.Add($"{binding.Origin}: the SDL type {typeName} has no field {fieldName}.{Suggestions.DidYouMean(fieldName, names)}");
            return;
        }

        if (field.Resolver is not null)
        {
            _errors.Add($"{binding.Origin}: {typeName}.{fieldName} already has a resolver.");
            return;
        }

        field.Resolver = binding.Resolver;
    }

    private void InheritInterfaceResolvers()
    {
        // A resolver bound on an interface field serves every implementation that has none of its own.
        foreach (var type in _assembler.Types.Values)
        {
            if (type is not ObjectType obj || obj.IsIntrospectionType)
            {
                continue;
            }

            foreach (var field in obj.Fields)
            {
                if (field.Resolver is not null)
                {
                    continue;
                }

                foreach (var iface in obj.Interfaces)
                {
                    if (iface.GetField(field.Name)?.Resolver is { } inherited)
                    {
                        field.Resolver = inherited;
                        break;
                    }
                }
            }
        }
    }

    private void BindClr(ClrBinding binding)
    {
        var origin = $"Bind<{binding.ClrType.Name}>(\"{binding.TypeName}\")";
        if (Find(binding.TypeName, origin) is not { } type)
        {
            return;
        }

        if (type is not ObjectType obj)
        {
            _errors.Add($"{origin}: {Describe(type)} in the SDL; Bind<T> applies to object types.");
            return;
        }

        var map = _assembler.Schema!.ClrTypeMap;
        if (map.TryGetValue(binding.ClrType, out var existing) && !ReferenceEquals(existing, obj))
        {
            _errors.Add($"{origin}: {binding.ClrType.Name} is already bound to {existing.Name}.");
            return;
        }

        map[binding.ClrType] = obj;
        obj.ClrType ??= binding.ClrType;
        if (typeof(IEnumerable<KeyValuePair<string, object?>>).IsAssignableFrom(binding.ClrType))
        {
            return;
        }

        foreach (var field in obj.Fields)
        {
            if (field.Resolver is null && field.TypeOrNull is NonNullType && !PropertyAccessorCache.HasMember(binding.ClrType, field.Name))
            {
                _errors.Add(
                    $"{origin}: field {obj.Name}.{field.Name} is non-null and has no resolver, but {binding.ClrType.Name} has no property or field \"{field.Name}\" (matched ignoring case). Add the member or bind a resolver with Resolve(\"{obj.Name}.{field.Name}\", ...).");
            }
        }
    }

    private void BindEnum(EnumBinding binding)
    {
        var origin = $"BindEnum<{binding.ClrType.Name}>(\"{binding.EnumName}\")";
        if (Find(binding.EnumName, origin) is not { } type)
        {
            return;
        }

        if (type is not EnumType enumType)
        {
            _errors.Add($"{origin}: {Describe(type)} in the SDL, not an enum.");
            return;
        }

        var members = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var member in Enum.GetValues(binding.ClrType))
        {
            var key = Normalize(member.ToString()!);
            if (!members.TryAdd(key, member))
            {
                _errors.Add($"{origin}: {binding.ClrType.Name} has members that differ only in case or underscores ({member}).");
            }
        }

        var matched = new HashSet<string>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var value in enumType.Values)
        {
            var key = Normalize(value.Name);
            if (members.TryGetValue(key, out var member))
            {
                matched.Add(key);
            }
            else
            {
                missing.Add(value.Name);
            }
        }

        var extra = new List<string>();
        foreach (var (key, member) in members)
        {
            if (!matched.Contains(key))
            {
                extra.Add(member.ToString()!);
            }
        }

        if (missing.Count > 0)
        {
            _errors.Add($"{origin}: the SDL enum {enumType.Name} has value(s) {string.Join(", ", missing)} with no matching member in {binding.ClrType.Name}.");
        }

        if (extra.Count > 0)
        {
            _errors.Add($"{origin}: {binding.ClrType.Name} has member(s) {string.Join(", ", extra)} with no matching value in the SDL enum {enumType.Name}.");
        }

        if (missing.Count > 0 || extra.Count > 0)
        {
            return;
        }

        foreach (var value in enumType.Values)
        {
            value.Value = members[Normalize(value.Name)];
        }

        enumType.ClrType = binding.ClrType;
        enumType.InvalidateRuntimeMap();
    }

    // SOME_VALUE, SomeValue and someValue all normalize to "somevalue".
    private static string Normalize(string name) => name.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
