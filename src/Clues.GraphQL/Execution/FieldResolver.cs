namespace Clues.GraphQL.Execution;

/// <summary>
/// Resolves one field's value. Return a completed <see cref="ValueTask{TResult}"/> for synchronous values:
/// the executor's fast path then allocates nothing for the call.
/// </summary>
/// <param name="context">The field's parent value, arguments and request services.</param>
/// <returns>The raw field value, completed by the executor according to the field's type.</returns>
public delegate ValueTask<object?> FieldResolver(ResolveContext context);
