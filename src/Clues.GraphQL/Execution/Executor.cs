using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;
using FieldDefinition = Clues.GraphQL.Types.FieldDefinition;
using ListType = Clues.GraphQL.Types.ListType;
using NamedType = Clues.GraphQL.Types.NamedType;
using NonNullType = Clues.GraphQL.Types.NonNullType;

namespace Clues.GraphQL.Execution;

/// <summary>
/// Executes validated documents (spec section 6). Query fields run "in parallel": every resolver is started in
/// order and asynchronous ones overlap, while results are placed in selection order. Mutation root fields run
/// one after another. Synchronous resolvers take an allocation-light path with no task machinery.
/// </summary>
public static class Executor
{
    private static readonly IReadOnlyDictionary<string, object?> NoArguments = new Dictionary<string, object?>(0);

    /// <summary>Executes one request.</summary>
    /// <param name="request">The request.</param>
    /// <returns>
    /// The result: request errors (bad operation name, invalid variables) come back with <see cref="ExecutionResult.HasData"/>
    /// false; once execution starts, <c>data</c> is present (possibly null) together with any field errors.
    /// </returns>
    public static async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Schema);
        ArgumentNullException.ThrowIfNull(request.Document);
        request.CancellationToken.ThrowIfCancellationRequested();

        var schema = request.Schema;
        var plan = schema.PlanCache.Get(request.Document);
        var operation = SelectOperation(request.Document, request.OperationName, out var operationError);
        if (operation is null)
        {
            return ExecutionResult.FromRequestErrors([operationError!]);
        }

        var requestErrors = new List<GraphQLError>();
        var variables = ValueCoercion.CoerceVariableValues(schema, operation, request.VariableValues, requestErrors);
        if (requestErrors.Count > 0)
        {
            return ExecutionResult.FromRequestErrors(requestErrors);
        }

        var rootType = schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var kind = operation.Operation.ToString().ToLowerInvariant();
            return new ExecutionResult
            {
                HasData = true,
                Data = null,
                Errors = [new GraphQLError($"Schema is not configured to execute {kind} operation.", Locate(operation))],
            };
        }

        var context = new ExecutionContext(request, operation, plan, variables);
        ValueTask<object?> pending;

        // Resolvers started during this synchronous pass must not capture the caller's synchronization
        // context: their continuations then run inline, inside the executor's bursts, which is what lets
        // DataLoader batch everything a burst asked for.
        var callerContext = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        context.Loaders.Enter();
        try
        {
            var rootFields = GetRootFields(context, rootType);
            pending = operation.Operation == OperationType.Mutation
                ? ExecuteSeriallyAsync(context, rootType, request.RootValue, rootFields)
                : ExecuteFields(context, rootType, request.RootValue, null, rootFields);
        }
        catch (NonNullViolation)
        {
            pending = new ValueTask<object?>((object?)null);
        }
        finally
        {
            context.Loaders.Exit();
            SynchronizationContext.SetSynchronizationContext(callerContext);
        }

        object? data;
        try
        {
            data = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
        }
        catch (NonNullViolation)
        {
            data = null;
        }

        return new ExecutionResult
        {
            HasData = true,
            Data = data as IReadOnlyDictionary<string, object?>,
            Errors = context.Errors is { } errors ? errors : [],
        };
    }

    private static OperationDefinition? SelectOperation(Document document, string? operationName, out GraphQLError? error)
    {
        error = null;
        OperationDefinition? found = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinition operation)
            {
                continue;
            }

            count++;
            if (operationName is null)
            {
                found ??= operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (operationName is not null)
        {
            error = new GraphQLError($"Unknown operation named \"{operationName}\".");
            return null;
        }

        if (count == 0)
        {
            error = new GraphQLError("Must provide an operation.");
            return null;
        }

        if (count > 1)
        {
            error = new GraphQLError("Must provide operation name if query contains multiple operations.");
            return null;
        }

        return found;
    }

    private static CollectedFields GetRootFields(ExecutionContext context, ObjectType rootType)
    {
        if (context.Plan.TryGetRoot(context.Operation, rootType, out var fields)
            || context.TryGetRequestFields(context.Operation, rootType, out fields))
        {
            return fields;
        }

        fields = FieldCollector.Collect(context, rootType, context.Operation.SelectionSet);
        if (fields.DependsOnVariables)
        {
            context.AddRequestFields(context.Operation, rootType, fields);
        }
        else
        {
            context.Plan.AddRoot(context.Operation, rootType, fields);
        }

        return fields;
    }

    private static CollectedFields GetSubfields(ExecutionContext context, FieldPlan plan, ObjectType type)
    {
        if (plan.TryGetSubfields(type, out var fields) || context.TryGetRequestFields(plan, type, out fields))
        {
            return fields;
        }

        fields = FieldCollector.Collect(context, type, plan.Nodes);
        if (fields.DependsOnVariables)
        {
            context.AddRequestFields(plan, type, fields);
        }
        else
        {
            plan.AddSubfields(type, fields);
        }

        return fields;
    }

    private static async ValueTask<object?> ExecuteSeriallyAsync(ExecutionContext context, ObjectType type, object? root, CollectedFields collected)
    {
        var map = new ResultMap(collected.Keys, collected.EncodedKeys);
        var fields = collected.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            ValueTask<object?> field;
            context.Loaders.Enter();
            try
            {
                field = ExecuteField(context, type, root, fields[i], null);
            }
            finally
            {
                context.Loaders.Exit();
            }

            // A failed non-null root field nulls the whole result, and the remaining mutations do not run.
            map.Set(i, field.IsCompletedSuccessfully ? field.Result : await field.ConfigureAwait(false));
        }

        return map;
    }

    private static ValueTask<object?> ExecuteFields(ExecutionContext context, ObjectType type, object? source, ResponsePath? path, CollectedFields collected)
    {
        var fields = collected.Fields;
        var map = new ResultMap(collected.Keys, collected.EncodedKeys);
        List<KeyValuePair<int, ValueTask<object?>>>? pending = null;
        for (var i = 0; i < fields.Length; i++)
        {
            ValueTask<object?> field;
            try
            {
                field = ExecuteField(context, type, source, fields[i], path);
            }
            catch (NonNullViolation)
            {
                Observe(pending);
                throw;
            }

            if (field.IsCompletedSuccessfully)
            {
                map.Set(i, field.Result);
            }
            else
            {
                (pending ??= []).Add(new KeyValuePair<int, ValueTask<object?>>(i, field));
            }
        }

        return pending is null ? new ValueTask<object?>(map) : AwaitFieldsAsync(map, pending);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, List<KeyValuePair<int, ValueTask<object?>>> pending)
    {
        Exception? failure = null;
        foreach (var (index, field) in pending)
        {
            try
            {
                map.Set(index, await field.ConfigureAwait(false));
            }
            catch (Exception e)
            {
                // Keep awaiting the siblings so none is left unobserved; the first failure wins.
                failure ??= e;
            }
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return map;
    }

    private static ValueTask<object?> ExecuteField(ExecutionContext context, ObjectType parentType, object? source, FieldPlan plan, ResponsePath? parentPath)
    {
        var definition = plan.Definition;
        var returnType = plan.ReturnType;
        var resolver = definition.Resolver;
        if (resolver is null && plan.IsLeaf)
        {
            // Fast path: a scalar read from the parent needs no context, no path and no task.
            try
            {
                var raw = ReferenceEquals(definition, context.Schema.MetaFields.TypeName) ? parentType.Name : DefaultResolve(source, definition);
                return new ValueTask<object?>(CompleteLeaf(returnType, plan, raw));
            }
            catch (Exception e)
            {
                return new ValueTask<object?>(HandleError(context, e, returnType, plan, ResponsePath.Append(parentPath, plan.ResponseKey)));
            }
        }

        var path = ResponsePath.Append(parentPath, plan.ResponseKey);
        try
        {
            object? raw;
            if (resolver is null)
            {
                raw = DefaultResolve(source, definition);
            }
            else
            {
                if (!context.Request.EnableIntrospection
                    && (ReferenceEquals(definition, context.Schema.MetaFields.Schema) || ReferenceEquals(definition, context.Schema.MetaFields.Type)))
                {
                    throw new GraphQLException($"GraphQL introspection has been disabled, but the requested query contained the field \"{definition.Name}\".");
                }

                var resolveContext = new ResolveContext(context, parentType, plan, source, GetArguments(context, plan), path);
                var resolving = resolver(resolveContext);
                if (!resolving.IsCompletedSuccessfully)
                {
                    return ResolveAsync(context, resolving, plan, path);
                }

                raw = resolving.Result;
            }

            var completed = CompleteValue(context, returnType, plan, path, raw);
            return completed.IsCompletedSuccessfully ? completed : AwaitCompletionAsync(context, completed, returnType, plan, path);
        }
        catch (Exception e)
        {
            return new ValueTask<object?>(HandleError(context, e, returnType, plan, path));
        }
    }

    private static async ValueTask<object?> ResolveAsync(ExecutionContext context, ValueTask<object?> resolving, FieldPlan plan, ResponsePath path)
    {
        try
        {
            var raw = await resolving.ConfigureAwait(false);
            ValueTask<object?> completed;
            context.Loaders.Enter();
            try
            {
                completed = CompleteValue(context, plan.ReturnType, plan, path, raw);
            }
            finally
            {
                context.Loaders.Exit();
            }

            return completed.IsCompletedSuccessfully ? completed.Result : await completed.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return HandleError(context, e, plan.ReturnType, plan, path);
        }
    }

    private static async ValueTask<object?> AwaitCompletionAsync(ExecutionContext context, ValueTask<object?> completing, GraphQLType returnType, FieldPlan plan, ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return HandleError(context, e, returnType, plan, path);
        }
    }

    private static IReadOnlyDictionary<string, object?> GetArguments(ExecutionContext context, FieldPlan plan)
    {
        var definitions = plan.Definition.Arguments;
        if (definitions.Count == 0)
        {
            return NoArguments;
        }

        if (plan.ArgumentsUseVariables)
        {
            return ValueCoercion.CoerceArgumentValues(definitions, plan.Node.Arguments, context.Variables, plan.Node);
        }

        var cached = plan.StaticArguments;
        if (cached is null)
        {
            cached = ValueCoercion.CoerceArgumentValues(definitions, plan.Node.Arguments, null, plan.Node);
            plan.StaticArguments = cached;
        }

        return cached;
    }

    private static object? DefaultResolve(object? source, FieldDefinition definition)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(definition.Name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(definition.Name, out var entry) ? entry : null;
            default:
                var accessor = definition.AccessorCache.Get(source.GetType(), definition.Name);
                return accessor?.Invoke(source);
        }
    }

    private static object? CompleteLeaf(GraphQLType type, FieldPlan plan, object? result)
    {
        if (type is NonNullType nonNull)
        {
            return CompleteLeaf(nonNull.OfType, plan, result) ?? throw NullError(plan);
        }

        if (result is null)
        {
            return null;
        }

        return type is ScalarType scalar ? scalar.Serialize(result) : ((EnumType)type).Serialize(result);
    }

    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphQLType type, FieldPlan plan, ResponsePath path, object? result)
    {
        // Completion recurses once per level of the response, and fragments can nest a response deeper than the
        // thread's stack (when validation's depth limit is off). A stack overflow cannot be caught and would end the
        // process; this becomes a field error (the caller's catch reports it and nulls the field) instead.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new GraphQLException("The response is nested too deeply to complete this field.");
        }

        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(context, nonNull.OfType, plan, path, result);
            if (inner.IsCompletedSuccessfully)
            {
                return inner.Result is null ? throw NullError(plan) : inner;
            }

            return CompleteNonNullAsync(inner, plan);
        }

        if (result is null)
        {
            return default;
        }

        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(scalar.Serialize(result));
            case EnumType enumType:
                return new ValueTask<object?>(enumType.Serialize(result));
            case ObjectType objectType:
                return ExecuteFields(context, objectType, result, path, GetSubfields(context, plan, objectType));
            case InterfaceType or UnionType:
                var runtimeType = ResolveRuntimeType(context, (NamedType)type, result, plan);
                return ExecuteFields(context, runtimeType, result, path, GetSubfields(context, plan, runtimeType));
            case ListType list:
                return CompleteList(context, list, plan, path, result);
            default:
                throw new InvalidOperationException($"Cannot complete a value of type {type}.");
        }
    }

    private static async ValueTask<object?> CompleteNonNullAsync(ValueTask<object?> inner, FieldPlan plan)
        => await inner.ConfigureAwait(false) ?? throw NullError(plan);

    private static ValueTask<object?> CompleteList(ExecutionContext context, ListType list, FieldPlan plan, ResponsePath path, object result)
    {
        if (result is string || result is not IEnumerable enumerable || result is IReadOnlyDictionary<string, object?>)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{plan.ParentType.Name}.{plan.Definition.Name}\".");
        }

        var itemType = list.OfType;
        var items = result is ICollection collection ? new List<object?>(collection.Count) : [];
        List<KeyValuePair<int, ValueTask<object?>>>? pending = null;
        var index = 0;
        foreach (var item in enumerable)
        {
            var itemPath = path.Append(index);
            try
            {
                var completed = CompleteValue(context, itemType, plan, itemPath, item);
                if (completed.IsCompletedSuccessfully)
                {
                    items.Add(completed.Result);
                }
                else
                {
                    items.Add(null);
                    (pending ??= []).Add(new KeyValuePair<int, ValueTask<object?>>(index, AwaitCompletionAsync(context, completed, itemType, plan, itemPath)));
                }
            }
            catch (Exception e)
            {
                try
                {
                    items.Add(HandleError(context, e, itemType, plan, itemPath));
                }
                catch (NonNullViolation)
                {
                    Observe(pending);
                    throw;
                }
            }

            index++;
        }

        return pending is null ? new ValueTask<object?>(items) : AwaitItemsAsync(items, pending);
    }

    private static async ValueTask<object?> AwaitItemsAsync(List<object?> items, List<KeyValuePair<int, ValueTask<object?>>> pending)
    {
        Exception? failure = null;
        foreach (var (index, item) in pending)
        {
            try
            {
                items[index] = await item.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failure ??= e;
            }
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return items;
    }

    private static ObjectType ResolveRuntimeType(ExecutionContext context, NamedType abstractType, object result, FieldPlan plan)
    {
        var schema = context.Schema;
        var typeName = abstractType switch
        {
            InterfaceType { ResolveType: { } resolveInterface } => resolveInterface(result),
            UnionType { ResolveType: { } resolveUnion } => resolveUnion(result),
            _ => null,
        };

        if (typeName is null
            && result is IReadOnlyDictionary<string, object?> map
            && map.TryGetValue("__typename", out var declared)
            && declared is string declaredName)
        {
            typeName = declaredName;
        }

        ObjectType? runtimeType = null;
        if (typeName is not null)
        {
            var named = schema.FindType(typeName);
            if (named is null)
            {
                throw new GraphQLException(
                    $"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema.");
            }

            runtimeType = named as ObjectType
                ?? throw new GraphQLException($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\".");
        }

        if (runtimeType is null && schema.ClrTypeMap.Count > 0)
        {
            for (var clr = result.GetType(); clr is not null && runtimeType is null; clr = clr.BaseType)
            {
                schema.ClrTypeMap.TryGetValue(clr, out runtimeType);
            }
        }

        if (runtimeType is null)
        {
            foreach (var possible in schema.GetPossibleTypes(abstractType))
            {
                if (possible.IsTypeOf is { } isTypeOf && isTypeOf(result))
                {
                    runtimeType = possible;
                    break;
                }
            }
        }

        if (runtimeType is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{plan.ParentType.Name}.{plan.Definition.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        if (!schema.IsPossibleType(abstractType, runtimeType))
        {
            throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return runtimeType;
    }

    private static GraphQLException NullError(FieldPlan plan)
        => new($"Cannot return null for non-nullable field {plan.ParentType.Name}.{plan.Definition.Name}.");

    private static object? HandleError(ExecutionContext context, Exception exception, GraphQLType returnType, FieldPlan plan, ResponsePath path)
    {
        if (exception is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        if (exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        if (exception is not NonNullViolation)
        {
            context.AddError(ToError(exception, plan, path));
        }

        if (returnType is NonNullType)
        {
            throw new NonNullViolation();
        }

        return null;
    }

    private static GraphQLError ToError(Exception exception, FieldPlan plan, ResponsePath path)
    {
        IReadOnlyList<SourceLocation>? locations = null;
        if (exception is LocatedException { Node.Loc: { } nodeLocation })
        {
            locations = [nodeLocation.StartLocation];
        }
        else
        {
            var nodes = plan.Nodes;
            var list = new List<SourceLocation>(nodes.Count);
            foreach (var node in nodes)
            {
                if (node.Loc is { } loc)
                {
                    list.Add(loc.StartLocation);
                }
            }

            locations = list;
        }

        var extensions = (exception as GraphQLException)?.Extensions;
        return new GraphQLError(exception.Message, locations, path.ToList(), extensions, exception);
    }

    private static IReadOnlyList<SourceLocation>? Locate(SyntaxNode node) => node.Loc is { } loc ? [loc.StartLocation] : null;

    private static void Observe(List<KeyValuePair<int, ValueTask<object?>>>? pending)
    {
        if (pending is null)
        {
            return;
        }

        foreach (var (_, task) in pending)
        {
            _ = ObserveAsync(task);
        }
    }

    private static async Task ObserveAsync(ValueTask<object?> task)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch
        {
            // The result is discarded: a sibling already nulled the parent.
        }
    }
}
