namespace Clues.GraphQL.Validation;

/// <summary>
/// Thrown by <see cref="StackGuard.Ensure"/> when a recursive path of validation is about to run out of stack;
/// caught by <see cref="DocumentValidator"/>, which ends the run with <see cref="StackGuard.Message"/>.
/// </summary>
internal sealed class ValidationStackExhaustedException : Exception
{
    public ValidationStackExhaustedException()
        : base(StackGuard.Message)
    {
    }
}
