namespace Clues.Handover.Workflow;

/// <summary>No handover item has the id, or the caller may not see it (the two are not told apart).</summary>
public sealed class HandoverItemNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="itemId">The id asked for.</param>
    public HandoverItemNotFoundException(string itemId)
        : base($"Handover item '{itemId}' does not exist or is outside your jurisdiction; check the id in the register.")
    {
        ItemId = itemId;
    }

    /// <summary>The id asked for.</summary>
    public string ItemId { get; }
}
