namespace Clues.Sharing.Exchange.Provenance;

/// <summary>What an import did with one incoming node.</summary>
internal enum ProvenanceAction
{
    /// <summary>Nothing local matched: a new node was created, marked with the sending office.</summary>
    Created = 1,

    /// <summary>Entity resolution found the same person, company or unit locally: linked to it, nothing created, local facts kept.</summary>
    Linked = 2,

    /// <summary>Possibly the same as a local node: created as a separate node and the pair put in the review queue.</summary>
    Review = 3,

    /// <summary>Taken in from this office before (same sender id): the earlier node was reused.</summary>
    Known = 4,
}
