namespace Clues.Api.Security;

/// <summary>When, by whom and why a token was revoked.</summary>
internal sealed record TokenRevocation(DateTimeOffset At, string By, string Reason);
