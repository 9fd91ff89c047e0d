namespace Clues.Sharing.Matching.Names;

/// <summary>How two names compare, from the strongest agreement down.</summary>
internal enum NameAgreement
{
    /// <summary>One side has no name.</summary>
    Missing,

    /// <summary>Identical after normalisation.</summary>
    Equal,

    /// <summary>Identical once variant characters are folded.</summary>
    Variant,

    /// <summary>One character added, dropped, changed or two swapped.</summary>
    OneEdit,

    /// <summary>Further apart than one edit.</summary>
    Different,
}
