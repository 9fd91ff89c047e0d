using System.Runtime.CompilerServices;

namespace Clues.GraphQL.Validation;

/// <summary>
/// Keeps validation from exhausting the thread's stack. Recursion in the traversal and in the rules follows
/// selection nesting and fragment spreads, and chains of spreads are as long as the document makes them; a stack
/// overflow cannot be caught in .NET and would end the whole server process on one request. Every recursive path
/// calls <see cref="Ensure"/>, which turns a nearly exhausted stack into <see cref="ValidationStackExhaustedException"/>;
/// <see cref="DocumentValidator"/> reports it as an ordinary validation error.
/// </summary>
internal static class StackGuard
{
    /// <summary>The error reported when the stack runs short; validation ends there.</summary>
    public const string Message = "Document is too deeply nested to validate. Validation aborted.";

    /// <summary>Throws <see cref="ValidationStackExhaustedException"/> when too little stack is left to recurse further.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ensure()
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw new ValidationStackExhaustedException();
        }
    }
}
