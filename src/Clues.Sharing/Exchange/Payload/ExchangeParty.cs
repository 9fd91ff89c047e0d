namespace Clues.Sharing.Exchange.Payload;

/// <summary>An office in an exchange: its jurisdiction's division code and its name.</summary>
internal sealed record ExchangeParty(string Code, string Name);
