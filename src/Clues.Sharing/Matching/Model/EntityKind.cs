namespace Clues.Sharing.Matching.Model;

/// <summary>What a record describes; only records of the same kind are compared.</summary>
public enum EntityKind
{
    /// <summary>A natural person (人员).</summary>
    Person = 1,

    /// <summary>A company or other registered organisation (企业).</summary>
    Company = 2,
}
