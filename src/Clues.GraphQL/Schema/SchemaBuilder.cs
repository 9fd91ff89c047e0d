using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Schema;

/// <summary>
/// Builds a <see cref="GraphQLSchema"/> from SDL plus C# bindings. <see cref="Build"/> checks the SDL against the
/// spec's type-system rules and every binding against the SDL, and reports all problems at once.
/// </summary>
/// <example>
/// <code>
/// var schema = new SchemaBuilder()
///     .AddTypeDefinitions("type Query { person(id: ID!): Person } type Person { id: ID! name: String! }")
///     .Bind&lt;Person&gt;("Person")
///     .Resolve("Query.person", ctx => repository.Find(ctx.GetArgument&lt;string&gt;("id")))
///     .Build();
/// </code>
/// </example>
public sealed class SchemaBuilder
{
    private readonly List<Document> _documents = [];
    private readonly List<string> _parseErrors = [];
    private readonly List<ClrBinding> _clrBindings = [];
    private readonly List<EnumBinding> _enumBindings = [];
    private readonly List<ScalarBinding> _scalarBindings = [];
    private readonly List<ResolverBinding> _resolverBindings = [];
    private readonly List<KeyValuePair<string, Func<object, bool>>> _isTypeOf = [];
    private readonly List<KeyValuePair<string, Func<object, string?>>> _resolveType = [];

    /// <summary>Adds SDL text (type definitions, extensions, directive and schema definitions).</summary>
    /// <param name="sdl">The SDL.</param>
    /// <param name="sourceName">A name for error messages, e.g. a file name.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddTypeDefinitions(string sdl, string sourceName = "schema")
    {
        ArgumentNullException.ThrowIfNull(sdl);
        try
        {
            _documents.Add(Parser.Parse(new Source(sdl, sourceName)));
        }
        catch (GraphQLSyntaxException e)
        {
            var at = e.Locations.Count > 0 ? $" ({sourceName}:{e.Locations[0].Line}:{e.Locations[0].Column})" : string.Empty;
            _parseErrors.Add(e.Message + at);
        }

        return this;
    }

    /// <summary>Adds an already parsed SDL document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder AddTypeDefinitions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>
    /// Binds the CLR type <typeparamref name="TClr"/> to the SDL object type <paramref name="typeName"/>: values of
    /// that CLR type resolve interfaces and unions to it, and its non-null fields without resolvers must have a
    /// matching CLR property or field (case-insensitive).
    /// </summary>
    /// <typeparam name="TClr">The CLR type.</typeparam>
    /// <param name="typeName">The SDL object type.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Bind<TClr>(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        _clrBindings.Add(new ClrBinding(typeof(TClr), typeName));
        return this;
    }

    /// <summary>
    /// Binds a CLR enum to an SDL enum: GraphQL values map to members by name ignoring case and underscores
    /// (<c>SOME_VALUE</c> ↔ <c>SomeValue</c>); every value on each side must have a partner.
    /// </summary>
    /// <typeparam name="TEnum">The CLR enum.</typeparam>
    /// <param name="enumName">The SDL enum type.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder BindEnum<TEnum>(string enumName)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(enumName);
        _enumBindings.Add(new EnumBinding(typeof(TEnum), enumName));
        return this;
    }

    /// <summary>Gives an SDL scalar its behaviour, e.g. <c>BindScalar("Date", new DateScalar())</c>.</summary>
    /// <param name="scalarName">The SDL scalar.</param>
    /// <param name="coercion">Its serialization and parsing.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder BindScalar(string scalarName, ScalarCoercion coercion)
    {
        ArgumentNullException.ThrowIfNull(scalarName);
        ArgumentNullException.ThrowIfNull(coercion);
        _scalarBindings.Add(new ScalarBinding(scalarName, coercion));
        return this;
    }

    /// <summary>Binds a synchronous resolver to <c>Type.field</c>.</summary>
    /// <param name="coordinate">The schema coordinate, e.g. <c>Query.person</c>.</param>
    /// <param name="resolver">Computes the value.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Resolve(string coordinate, Func<ResolveContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(coordinate, $"Resolve(\"{coordinate}\")", context =>
        {
            // A synchronous resolver may still hand back a task (e.g. a DataLoader load); await it then.
            var value = resolver(context);
            return value is Task task ? TaskResults.Unwrap(task) : new ValueTask<object?>(value);
        });
    }

    /// <summary>Binds a <see cref="FieldResolver"/> (returns a <see cref="ValueTask{TResult}"/>) to <c>Type.field</c>.</summary>
    /// <param name="coordinate">The schema coordinate, e.g. <c>Query.person</c>.</param>
    /// <param name="resolver">The resolver.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Resolve(string coordinate, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(coordinate, $"Resolve(\"{coordinate}\")", resolver);
    }

    /// <summary>Binds an asynchronous resolver to <c>Type.field</c>.</summary>
    /// <typeparam name="T">The resolved value's type.</typeparam>
    /// <param name="coordinate">The schema coordinate, e.g. <c>Query.person</c>.</param>
    /// <param name="resolver">Computes the value; gets the request's cancellation token.</param>
    /// <returns>This builder.</returns>
    public SchemaBuilder Resolve<T>(string coordinate, Func<ResolveContext, CancellationToken, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return AddResolver(coordinate, $"Resolve(\"{coordinate}\")", context =>
        {
            var task = resolver(context, context.CancellationToken);
            return task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitAsync(task);
        });
    }

    /// <summary>Starts binding resolvers (and type resolution) for one SDL type.</summary>
    /// <param name="typeName">The SDL type name.</param>
    /// <returns>The type binding.</returns>
    public TypeBinding Type(string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        return new TypeBinding(this, typeName);
    }

    /// <summary>Builds and checks the schema; throws <see cref="SchemaBuildException"/> listing every problem.</summary>
    /// <returns>The schema.</returns>
    public GraphQLSchema Build()
    {
        if (_parseErrors.Count > 0)
        {
            // Assembling a partial SDL would only add follow-on noise (e.g. a missing Query type).
            throw new SchemaBuildException(_parseErrors.ToArray());
        }

        var errors = new List<string>();
        var assembler = new SchemaAssembler(errors);
        var schema = assembler.Assemble(_documents);
        if (schema is not null)
        {
            var binder = new BindingApplier(assembler, errors);
            binder.Apply(_scalarBindings, _enumBindings, _clrBindings, _resolverBindings, _isTypeOf, _resolveType);
        }

        if (errors.Count > 0 || schema is null)
        {
            throw new SchemaBuildException(errors.Count > 0 ? errors : ["The schema could not be built."]);
        }

        return schema;
    }

    internal void AddIsTypeOf(string typeName, Func<object, bool> predicate) => _isTypeOf.Add(new(typeName, predicate));

    internal void AddResolveType(string typeName, Func<object, string?> resolver) => _resolveType.Add(new(typeName, resolver));

    private static async ValueTask<object?> AwaitAsync<T>(Task<T> task) => await task.ConfigureAwait(false);

    private SchemaBuilder AddResolver(string coordinate, string origin, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(coordinate);
        _resolverBindings.Add(new ResolverBinding(coordinate, origin, resolver));
        return this;
    }
}
