namespace Clues.GraphQL.Schema;

/// <summary>Thrown by <see cref="SchemaBuilder.Build"/> with every problem found in the SDL and the bindings.</summary>
public sealed class SchemaBuildException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="errors">Every problem, one message each.</param>
    public SchemaBuildException(IReadOnlyList<string> errors)
        : base(Format(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, one message each, in the order found.</summary>
    public IReadOnlyList<string> Errors { get; }

    private static string Format(IReadOnlyList<string> errors)
        => errors.Count == 1
            ? "The schema is invalid: " + errors[0]
            : $"The schema is invalid ({errors.Count} problems):" + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", errors);
}
