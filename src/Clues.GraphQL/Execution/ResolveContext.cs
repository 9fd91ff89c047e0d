using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using FieldDefinition = Clues.GraphQL.Types.FieldDefinition;

namespace Clues.GraphQL.Execution;

/// <summary>What a resolver gets: the parent value, coerced arguments, the field being resolved and request services.</summary>
public sealed class ResolveContext
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    private readonly ExecutionContext _execution;
    private readonly FieldPlan _plan;
    private readonly ResponsePath _path;

    internal ResolveContext(ExecutionContext execution, ObjectType parentType, FieldPlan plan, object? parent, IReadOnlyDictionary<string, object?>? arguments, ResponsePath path)
    {
        _execution = execution;
        _plan = plan;
        _path = path;
        ParentType = parentType;
        Parent = parent;
        Arguments = arguments ?? NoArguments;
    }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? Parent { get; }

    /// <summary>The coerced argument values; an argument absent here was neither given nor defaulted.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field being resolved.</summary>
    public FieldDefinition Field => _plan.Definition;

    /// <summary>The object type owning the field.</summary>
    public ObjectType ParentType { get; }

    /// <summary>The field's return type.</summary>
    public GraphQLType ReturnType => _plan.Definition.Type;

    /// <summary>The field's nodes in the document (several when merged).</summary>
    public IReadOnlyList<Field> FieldNodes => _plan.Nodes;

    /// <summary>The response key: the alias, or the field name.</summary>
    public string ResponseKey => _plan.ResponseKey;

    /// <summary>The response path to this field: string keys and int list indices.</summary>
    public IReadOnlyList<object> Path => _path.ToList();

    /// <summary>The schema.</summary>
    public GraphQLSchema Schema => _execution.Schema;

    /// <summary>The operation being executed.</summary>
    public OperationDefinition Operation => _execution.Operation;

    /// <summary>The coerced variable values.</summary>
    public IReadOnlyDictionary<string, object?> Variables => _execution.Variables;

    /// <summary>The request's root value.</summary>
    public object? RootValue => _execution.Request.RootValue;

    /// <summary>The request's services, or null.</summary>
    public IServiceProvider? Services => _execution.Request.Services;

    /// <summary>The request's user context, or null.</summary>
    public object? UserContext => _execution.Request.UserContext;

    /// <summary>Cancelled when the request is.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>The parent value as <typeparamref name="T"/>; throws when it is not one.</summary>
    /// <typeparam name="T">The expected parent type.</typeparam>
    /// <returns>The parent.</returns>
    public T ParentAs<T>() => Parent is T typed
        ? typed
        : throw new InvalidOperationException($"{Field}: expected a parent of type {typeof(T).Name} but got {Parent?.GetType().Name ?? "null"}.");

    /// <summary>True when the argument was given or defaulted.</summary>
    /// <param name="name">The argument name.</param>
    /// <returns>True when present.</returns>
    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// An argument converted to <typeparamref name="T"/> (numbers widen/narrow as needed); <c>default</c> when
    /// absent or null.
    /// </summary>
    /// <typeparam name="T">The wanted CLR type.</typeparam>
    /// <param name="name">The argument name.</param>
    /// <returns>The value.</returns>
    public T? GetArgument<T>(string name)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        return ArgumentConversion.Convert<T>(value, name);
    }

    /// <summary>Gets a required service from <see cref="Services"/>.</summary>
    /// <typeparam name="T">The service type.</typeparam>
    /// <returns>The service.</returns>
    public T GetRequiredService<T>()
        where T : notnull
    {
        var services = Services ?? throw new InvalidOperationException("The execution request has no Services.");
        return (T)(services.GetService(typeof(T)) ?? throw new InvalidOperationException($"No service for type {typeof(T).FullName} is registered."));
    }

    /// <summary>
    /// The request-scoped loader named <paramref name="name"/>, created with <paramref name="batch"/> on first use.
    /// Loads issued while the executor is still running synchronous work are batched into one call.
    /// </summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">A name unique within the request.</param>
    /// <param name="batch">Loads many keys at once; keys missing from the result load as <c>default</c>.</param>
    /// <returns>The loader.</returns>
    public DataLoader<TKey, TValue> DataLoader<TKey, TValue>(
        string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> batch)
        where TKey : notnull
        => _execution.Loaders.GetOrAdd(name, batch);
}
