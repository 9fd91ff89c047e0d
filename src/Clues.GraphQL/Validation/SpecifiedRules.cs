using Clues.GraphQL.Validation.Limits;
using Clues.GraphQL.Validation.Rules;

namespace Clues.GraphQL.Validation;

/// <summary>The rules of the specification (graphql-js 16 <c>specifiedRules</c>, in its order) and the server limits.</summary>
internal static class SpecifiedRules
{
    /// <summary>The specification's rules, in graphql-js order, plus graphql-js's MaxIntrospectionDepth.</summary>
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> Spec { get; } =
    [
        static c => new ExecutableDefinitionsRule(c),
        static c => new UniqueOperationNamesRule(c),
        static c => new LoneAnonymousOperationRule(c),
        static c => new SingleFieldSubscriptionsRule(c),
        static c => new KnownTypeNamesRule(c),
        static c => new FragmentsOnCompositeTypesRule(c),
        static c => new VariablesAreInputTypesRule(c),
        static c => new ScalarLeafsRule(c),
        static c => new FieldsOnCorrectTypeRule(c),
        static c => new UniqueFragmentNamesRule(c),
        static c => new KnownFragmentNamesRule(c),
        static c => new NoUnusedFragmentsRule(c),
        static c => new PossibleFragmentSpreadsRule(c),
        static c => new NoFragmentCyclesRule(c),
        static c => new UniqueVariableNamesRule(c),
        static c => new NoUndefinedVariablesRule(c),
        static c => new NoUnusedVariablesRule(c),
        static c => new KnownDirectivesRule(c),
        static c => new UniqueDirectivesPerLocationRule(c),
        static c => new KnownArgumentNamesRule(c),
        static c => new UniqueArgumentNamesRule(c),
        static c => new ValuesOfCorrectTypeRule(c),
        static c => new ProvidedRequiredArgumentsRule(c),
        static c => new VariablesInAllowedPositionRule(c),
        static c => new OverlappingFieldsCanBeMergedRule(c),
        static c => new UniqueInputFieldNamesRule(c),

        // Not in the October 2021 specification; in graphql-js's specifiedRules since v16.9.0.
        static c => new MaxIntrospectionDepthRule(c),
    ];

    /// <summary>The server limits of <see cref="ValidationOptions"/>.</summary>
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> Limits { get; } =
    [
        static c => new MaxOperationsLimit(c),
        static c => new MaxDepthLimit(c),
        static c => new MaxFieldsLimit(c),
        static c => new CostLimit(c),
    ];

    /// <summary>Every rule and limit, run together by <see cref="DocumentValidator.Validate(Types.GraphQLSchema, Language.Document, ValidationOptions?)"/>.</summary>
    public static IReadOnlyList<Func<ValidationContext, ValidationRule>> All { get; } = [.. Spec, .. Limits];
}
