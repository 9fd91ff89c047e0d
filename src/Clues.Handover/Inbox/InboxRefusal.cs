namespace Clues.Handover.Inbox;

/// <summary>Why a package was not taken into the inbox.</summary>
public enum InboxRefusal
{
    /// <summary>Verification failed: tampered, forged, signed by another key, damaged or unsafe.</summary>
    NotAsSigned = 1,

    /// <summary>The package was imported before (same package id).</summary>
    Replay,

    /// <summary>The package verified but is not a handover package, or its clue list cannot be read.</summary>
    NotAHandover,
}
