using Clues.Sharing.Exchange.Payload;

namespace Clues.Sharing.Exchange.Provenance;

/// <summary>A package taken in: who sent it, when it was made and received.</summary>
internal sealed record ReceivedPackage(Guid PackageId, string Number, ExchangeParty From, ExchangeParty To, ExchangeDirection Direction, string Selection, DateTimeOffset SentAt, DateTimeOffset ReceivedAt);
