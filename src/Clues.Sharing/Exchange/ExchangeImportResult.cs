namespace Clues.Sharing.Exchange;

/// <summary>What an import did (all counts zero when the package was already imported).</summary>
internal sealed record ExchangeImportResult(
    ExchangeImportStatus Status,
    Guid PackageId,
    string Number,
    string FromCode,
    string FromName,
    string Direction,
    int Created,
    int Linked,
    int Review,
    int Known,
    int Conflicts,
    int Clues,
    int ProblemLists,
    int NodesWritten,
    int RelationshipsWritten);
