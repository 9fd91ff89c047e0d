namespace Clues.Sharing.Exchange.Provenance;

/// <summary>A package this office made: its number, recipient and what it carried.</summary>
internal sealed record SentPackage(Guid PackageId, string Number, int Year, int Sequence, string ToCode, DateTimeOffset CreatedAt, int Clues, int Entities);
