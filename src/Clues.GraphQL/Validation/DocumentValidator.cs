using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;
using Clues.GraphQL.Types;

namespace Clues.GraphQL.Validation;

/// <summary>
/// Validates executable documents against a schema (spec §5 "Validation"): every rule of the specification
/// (graphql-js 16 <c>specifiedRules</c>, including <c>@oneOf</c> input objects) plus the server limits of
/// <see cref="ValidationOptions"/> (depth, field count, cost, operation count), all in a single traversal.
/// </summary>
/// <example>
/// <code>
/// var errors = DocumentValidator.Validate(schema, Parser.Parse(query));
/// if (errors.Count &gt; 0) { /* respond with { "errors": [...] } and do not execute */ }
/// </code>
/// </example>
public static class DocumentValidator
{
    /// <summary>Validates <paramref name="document"/> against <paramref name="schema"/>.</summary>
    /// <param name="schema">The schema; assumed valid.</param>
    /// <param name="document">The parsed document.</param>
    /// <param name="options">Limits and the error cap; <see cref="ValidationOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>
    /// The errors in the order found, each with its message and locations (no path); empty when the document is
    /// valid and within limits. Messages follow graphql-js 16.
    /// </returns>
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema, Document document, ValidationOptions? options = null)
    {
        var errors = Run(schema, document, SpecifiedRules.All, options);
        if (errors.Count == 0)
        {
            return [];
        }

        var result = new GraphQLError[errors.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = new GraphQLError(errors[i].Message, errors[i].Locations);
        }

        return result;
    }

    /// <summary>Validates with an explicit set of rules (tests run one rule at a time, as graphql-js's do).</summary>
    internal static IReadOnlyList<ValidationError> Run(
        GraphQLSchema schema,
        Document document,
        IReadOnlyList<Func<ValidationContext, ValidationRule>> rules,
        ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(rules);
        options ??= ValidationOptions.Default;
        if (options.MaxErrors < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxErrors, "MaxErrors must be at least 1.");
        }

        var context = new ValidationContext(schema, document, options);
        var instances = new ValidationRule[rules.Count];
        for (var i = 0; i < instances.Length; i++)
        {
            instances[i] = rules[i](context);
        }

        try
        {
            new ValidationWalker(context, instances).Run();
        }
        catch (ValidationAbortedException)
        {
            // The error cap was reached; the context already holds the final "too many errors" entry.
        }
        catch (ValidationStackExhaustedException)
        {
            // A document nested (through fragments) too deeply for this thread's stack: refused like an invalid one,
            // keeping what was found so far, rather than letting an uncatchable stack overflow end the process.
            context.AddFinalError(StackGuard.Message);
        }

        return context.Errors;
    }
}
