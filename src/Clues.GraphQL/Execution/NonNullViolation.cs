namespace Clues.GraphQL.Execution;

/// <summary>
/// Carries "this position became null and must not be" up to the nearest nullable parent; the error itself
/// has already been recorded, so handlers only null out or rethrow.
/// </summary>
internal sealed class NonNullViolation : Exception
{
    public NonNullViolation()
        : base("A non-null position resolved to null.")
    {
    }
}
