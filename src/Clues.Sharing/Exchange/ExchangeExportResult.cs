namespace Clues.Sharing.Exchange;

/// <summary>What an export wrote.</summary>
internal sealed record ExchangeExportResult(
    Guid PackageId,
    string Number,
    ExchangeDirection Direction,
    string From,
    string To,
    int Clues,
    int Stubs,
    int Persons,
    int Companies,
    int Units,
    int Rounds,
    int ProblemLists,
    string KeyId,
    string Path);
