using Clues.GraphQL.Execution;
using Clues.GraphQL.Types;
using Ast = Clues.GraphQL.Language;

namespace Clues.GraphQL.Introspection;

/// <summary>
/// The introspection types (spec section 4), declared in SDL so they go through the same assembly as user
/// types, and their resolvers over the runtime type model.
/// </summary>
internal static class IntrospectionSchema
{
    private const string Sdl = """
        "The schema: its types, directives and root operation types."
        type __Schema {
          description: String
          "Every named type in the schema."
          types: [__Type!]!
          "The root type of query operations."
          queryType: __Type!
          "The root type of mutation operations, if mutations are supported."
          mutationType: __Type
          "The root type of subscription operations, if subscriptions are supported."
          subscriptionType: __Type
          "Every directive the schema supports."
          directives: [__Directive!]!
        }

        "Any type in the schema: a named type, or a list or non-null wrapper (see `kind` and `ofType`)."
        type __Type {
          kind: __TypeKind!
          name: String
          description: String
          specifiedByURL: String
          fields(includeDeprecated: Boolean = false): [__Field!]
          interfaces: [__Type!]
          possibleTypes: [__Type!]
          enumValues(includeDeprecated: Boolean = false): [__EnumValue!]
          inputFields(includeDeprecated: Boolean = false): [__InputValue!]
          ofType: __Type
          isOneOf: Boolean
        }

        "The kinds of types a `__Type` can be."
        enum __TypeKind {
          "A scalar (leaf) type."
          SCALAR
          "An object type with fields."
          OBJECT
          "An interface: an abstract type implemented by objects and interfaces."
          INTERFACE
          "A union: an abstract type over a set of object types."
          UNION
          "An enum (leaf) type."
          ENUM
          "An input object type, used for arguments."
          INPUT_OBJECT
          "A list; `ofType` is the item type."
          LIST
          "A non-null type; `ofType` is the nullable type."
          NON_NULL
        }

        "A field of an object or interface type."
        type __Field {
          name: String!
          description: String
          args(includeDeprecated: Boolean = false): [__InputValue!]!
          type: __Type!
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "An argument or an input object field, with its default value printed as a GraphQL literal."
        type __InputValue {
          name: String!
          description: String
          type: __Type!
          "The default value as a GraphQL literal, or null when there is none."
          defaultValue: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "One value of an enum type."
        type __EnumValue {
          name: String!
          description: String
          isDeprecated: Boolean!
          deprecationReason: String
        }

        "A directive the schema supports: where it may appear and which arguments it takes."
        type __Directive {
          name: String!
          description: String
          isRepeatable: Boolean!
          locations: [__DirectiveLocation!]!
          args(includeDeprecated: Boolean = false): [__InputValue!]!
        }

        "The places in documents and schemas where directives may appear."
        enum __DirectiveLocation {
          QUERY
          MUTATION
          SUBSCRIPTION
          FIELD
          FRAGMENT_DEFINITION
          FRAGMENT_SPREAD
          INLINE_FRAGMENT
          VARIABLE_DEFINITION
          SCHEMA
          SCALAR
          OBJECT
          FIELD_DEFINITION
          ARGUMENT_DEFINITION
          INTERFACE
          UNION
          ENUM
          ENUM_VALUE
          INPUT_OBJECT
          INPUT_FIELD_DEFINITION
        }
        """;

    private static readonly Lazy<Ast.Document> Parsed = new(() => Ast.Parser.Parse(new Ast.Source(Sdl, "introspection")));

    private static readonly object True = true;
    private static readonly object False = false;

    public static Ast.Document Document => Parsed.Value;

    public static MetaFields CreateMetaFields(IReadOnlyDictionary<string, NamedType> types)
    {
        var typeName = new FieldDefinition("__typename", "The name of the current Object type at runtime.", new NonNullType(ScalarType.String));
        var schema = new FieldDefinition("__schema", "Access the current type schema of this server.", new NonNullType(types["__Schema"]))
        {
            Resolver = static ctx => new ValueTask<object?>(ctx.Schema),
        };
        var type = new FieldDefinition("__type", "Request the type information of a single type.", types["__Type"])
        {
            Resolver = static ctx => new ValueTask<object?>(ctx.Schema.FindType((string)ctx.Arguments["name"]!)),
        };
        type.AddArgument(new Types.InputValueDefinition("name", null, new NonNullType(ScalarType.String), null));
        return new MetaFields(typeName, schema, type);
    }

    public static void BindResolvers(IReadOnlyDictionary<string, NamedType> types)
    {
        var schema = (ObjectType)types["__Schema"];
        Bind(schema, "description", p => ((GraphQLSchema)p).Description);
        Bind(schema, "types", p => ((GraphQLSchema)p).Types);
        Bind(schema, "queryType", p => ((GraphQLSchema)p).Query);
        Bind(schema, "mutationType", p => ((GraphQLSchema)p).Mutation);
        Bind(schema, "subscriptionType", p => ((GraphQLSchema)p).Subscription);
        Bind(schema, "directives", p => ((GraphQLSchema)p).Directives);

        var type = (ObjectType)types["__Type"];
        Bind(type, "kind", p => KindName(((GraphQLType)p).Kind));
        Bind(type, "name", p => (p as NamedType)?.Name);
        Bind(type, "description", p => (p as NamedType)?.Description);
        Bind(type, "specifiedByURL", p => (p as ScalarType)?.SpecifiedByUrl);
        Bind(type, "fields", (p, deprecated) => p is ComplexType complex ? Filter(complex.Fields, deprecated, static f => f.IsDeprecated) : null);
        Bind(type, "interfaces", p => (p as ComplexType)?.Interfaces);
        type.GetField("possibleTypes")!.Resolver = static ctx => new ValueTask<object?>(
            ctx.Parent is InterfaceType or UnionType ? ctx.Schema.GetPossibleTypes((NamedType)ctx.Parent) : null);
        Bind(type, "enumValues", (p, deprecated) => p is EnumType e ? Filter(e.Values, deprecated, static v => v.IsDeprecated) : null);
        Bind(type, "inputFields", (p, deprecated) => p is InputObjectType input ? Filter(input.Fields, deprecated, static f => f.IsDeprecated) : null);
        Bind(type, "ofType", p => p switch
        {
            ListType list => list.OfType,
            NonNullType nonNull => nonNull.OfType,
            _ => null,
        });
        Bind(type, "isOneOf", p => p is InputObjectType input ? (input.IsOneOf ? True : False) : null);

        var field = (ObjectType)types["__Field"];
        Bind(field, "name", p => ((FieldDefinition)p).Name);
        Bind(field, "description", p => ((FieldDefinition)p).Description);
        Bind(field, "args", (p, deprecated) => Filter(((FieldDefinition)p).Arguments, deprecated, static a => a.IsDeprecated));
        Bind(field, "type", p => ((FieldDefinition)p).Type);
        Bind(field, "isDeprecated", p => ((FieldDefinition)p).IsDeprecated ? True : False);
        Bind(field, "deprecationReason", p => ((FieldDefinition)p).DeprecationReason);

        var inputValue = (ObjectType)types["__InputValue"];
        Bind(inputValue, "name", p => ((Types.InputValueDefinition)p).Name);
        Bind(inputValue, "description", p => ((Types.InputValueDefinition)p).Description);
        Bind(inputValue, "type", p => ((Types.InputValueDefinition)p).Type);
        Bind(inputValue, "defaultValue", p => DefaultValuePrinter.Print((Types.InputValueDefinition)p));
        Bind(inputValue, "isDeprecated", p => ((Types.InputValueDefinition)p).IsDeprecated ? True : False);
        Bind(inputValue, "deprecationReason", p => ((Types.InputValueDefinition)p).DeprecationReason);

        var enumValue = (ObjectType)types["__EnumValue"];
        Bind(enumValue, "name", p => ((Types.EnumValueDefinition)p).Name);
        Bind(enumValue, "description", p => ((Types.EnumValueDefinition)p).Description);
        Bind(enumValue, "isDeprecated", p => ((Types.EnumValueDefinition)p).IsDeprecated ? True : False);
        Bind(enumValue, "deprecationReason", p => ((Types.EnumValueDefinition)p).DeprecationReason);

        var directive = (ObjectType)types["__Directive"];
        Bind(directive, "name", p => ((DirectiveDefinition)p).Name);
        Bind(directive, "description", p => ((DirectiveDefinition)p).Description);
        Bind(directive, "isRepeatable", p => ((DirectiveDefinition)p).IsRepeatable ? True : False);
        Bind(directive, "locations", p => LocationNames(((DirectiveDefinition)p).Locations));
        Bind(directive, "args", (p, deprecated) => Filter(((DirectiveDefinition)p).Arguments, deprecated, static a => a.IsDeprecated));
    }

    private static void Bind(ObjectType type, string fieldName, Func<object, object?> read)
        => type.GetField(fieldName)!.Resolver = ctx => new ValueTask<object?>(read(ctx.Parent!));

    private static void Bind(ObjectType type, string fieldName, Func<object, bool, object?> read)
        => type.GetField(fieldName)!.Resolver = ctx => new ValueTask<object?>(
            read(ctx.Parent!, ctx.Arguments.TryGetValue("includeDeprecated", out var value) && value is true));

    private static IReadOnlyList<T> Filter<T>(IReadOnlyList<T> items, bool includeDeprecated, Func<T, bool> isDeprecated)
    {
        if (includeDeprecated)
        {
            return items;
        }

        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            if (!isDeprecated(item))
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static string[] LocationNames(IReadOnlyList<Ast.DirectiveLocation> locations)
    {
        var names = new string[locations.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = Ast.DirectiveLocationNames.ToName(locations[i]);
        }

        return names;
    }

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "SCALAR",
        TypeKind.Object => "OBJECT",
        TypeKind.Interface => "INTERFACE",
        TypeKind.Union => "UNION",
        TypeKind.Enum => "ENUM",
        TypeKind.InputObject => "INPUT_OBJECT",
        TypeKind.List => "LIST",
        _ => "NON_NULL",
    };
}
