namespace Clues.Core.Access;

/// <summary>One thing a principal may do. Anything not granted by <see cref="AccessPolicy"/> is denied.</summary>
public enum Permission
{
    /// <summary>Traverse and search the graph (people, bodies, companies, links).</summary>
    ReadGraph = 1,
    /// <summary>Read a clue's content (every read is audited).</summary>
    ReadClue = 2,
    /// <summary>Read a sealed reporter identity (designated office staff only).</summary>
    ReadReporterIdentity = 3,
    /// <summary>Register a new clue (and seal its reporter's identity).</summary>
    RegisterClue = 4,
    /// <summary>Assess or reclassify a clue.</summary>
    AssessClue = 5,
    /// <summary>Approve a handover proposal.</summary>
    ApproveHandover = 6,
    /// <summary>Export a handover or exchange package.</summary>
    ExportPackage = 7,
    /// <summary>Read the audit log.</summary>
    ReadAudit = 8,
    /// <summary>Manage users, keys and the deployment.</summary>
    Administer = 9,
    /// <summary>Ask another office for access to nodes it owns (a hidden connection or a known node).</summary>
    RequestAccess = 10,
    /// <summary>Decide other offices' access requests for this office's nodes, and share them unasked.</summary>
    GrantAccess = 11,
}
