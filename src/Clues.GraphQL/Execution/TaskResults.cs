using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace Clues.GraphQL.Execution;

/// <summary>
/// Unwraps a <see cref="Task"/> returned as a plain value by a synchronous resolver (e.g.
/// <c>ctx =&gt; loader.LoadAsync(id)</c>), reading <c>Task&lt;T&gt;.Result</c> through a compiled, cached getter.
/// </summary>
internal static class TaskResults
{
    private static readonly ConcurrentDictionary<Type, Func<Task, object?>> Getters = new();

    public static ValueTask<object?> Unwrap(Task task)
        => task.IsCompletedSuccessfully ? new ValueTask<object?>(GetResult(task)) : AwaitAsync(task);

    private static async ValueTask<object?> AwaitAsync(Task task)
    {
        await task.ConfigureAwait(false);
        return GetResult(task);
    }

    private static object? GetResult(Task task)
    {
        var type = task.GetType();
        var getter = Getters.GetOrAdd(type, static t => Compile(t));
        return getter(task);
    }

    private static Func<Task, object?> Compile(Type taskType)
    {
        // Walk up to the Task<T> (runtime types are often internal subclasses such as AsyncStateMachineBox).
        for (var t = taskType; t is not null && t != typeof(Task); t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(Task<>))
            {
                var parameter = Expression.Parameter(typeof(Task), "task");
                var body = Expression.Convert(Expression.Property(Expression.Convert(parameter, t), "Result"), typeof(object));
                return Expression.Lambda<Func<Task, object?>>(body, parameter).Compile();
            }
        }

        return static _ => null;
    }
}
