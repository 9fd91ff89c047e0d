namespace Clues.Handover.Workflow;

/// <summary>Why a workflow step was refused.</summary>
public enum RefusalKind
{
    /// <summary>The item's state does not allow the step.</summary>
    State = 1,
    /// <summary>The actor lacks a role the step needs.</summary>
    Role,
    /// <summary>The actor works for another jurisdiction.</summary>
    Jurisdiction,
    /// <summary>The item waits for its round to end.</summary>
    RoundNotEnded,
    /// <summary>The step lacks a reason, disposal or conclusion it needs, or these are inconsistent.</summary>
    MissingInput,
    /// <summary>The clue already has a live item for that recipient in that round.</summary>
    Duplicate,
}
