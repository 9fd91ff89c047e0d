namespace Clues.Api.Resolvers;

/// <summary>What a search text matched; the GraphQL <c>SearchMatch</c> enum.</summary>
internal enum SearchMatch
{
    /// <summary>The name (or a clue's code) contains the text.</summary>
    Name,

    /// <summary>The text is the person's national ID number.</summary>
    NationalId,

    /// <summary>The text is the company's credit code.</summary>
    CreditCode,

    /// <summary>A clue's summary contains the text.</summary>
    ClueText,
}
