namespace Clues.Sharing.Exchange;

/// <summary>An exchange cannot be made or taken in as asked (unknown division, offices that are not city and county ...); the message names the fix.</summary>
internal sealed class ExchangeException(string message) : Exception(message);
