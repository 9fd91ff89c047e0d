namespace Clues.Sharing.Exchange.Payload;

/// <summary>The content of <c>exchange.json</c>, the one payload file of an exchange package.</summary>
/// <param name="Format">Always <see cref="CurrentFormat"/>.</param>
/// <param name="From">The sending office.</param>
/// <param name="To">The receiving office.</param>
/// <param name="Direction">County to city or city to county.</param>
/// <param name="Selection">The rule that chose the clues, in words, for the receiving staff.</param>
/// <param name="Since">Only clues received on or after this day, when set.</param>
/// <param name="Nodes">Persons, companies, units, rounds and clues.</param>
/// <param name="Relationships">Concerns, FoundIn and the ties among the subjects.</param>
/// <param name="ProblemLists">One per round covered.</param>
internal sealed record ExchangeDocument(
    string Format,
    ExchangeParty From,
    ExchangeParty To,
    ExchangeDirection Direction,
    string Selection,
    DateOnly? Since,
    IReadOnlyList<ExchangeNode> Nodes,
    IReadOnlyList<ExchangeRelationship> Relationships,
    IReadOnlyList<ProblemList> ProblemLists)
{
    /// <summary>The payload format this version writes and reads.</summary>
    public const string CurrentFormat = "clues-exchange/1";

    /// <summary>The payload's file name inside the package.</summary>
    public const string FileName = "exchange.json";
}
