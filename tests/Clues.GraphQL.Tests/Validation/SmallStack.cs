using System.Runtime.ExceptionServices;

namespace Clues.GraphQL.Tests.Validation;

/// <summary>
/// Runs code on a thread with a small stack, like a server's pool thread (1.5 MB is the runtime's default for new
/// threads on Linux), so that unbounded recursion shows up in a test; it still ends the test host, which is why the
/// code under test must not recurse unboundedly in the first place.
/// </summary>
internal static class SmallStack
{
    public const int PoolThreadSize = 1536 * 1024;

    public static T Run<T>(Func<T> action, int maxStackSize = PoolThreadSize)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = action();
                }
#pragma warning disable CA1031 // Rethrown on the calling thread.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            maxStackSize);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
