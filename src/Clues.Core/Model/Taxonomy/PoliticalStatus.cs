namespace Clues.Core.Model.Taxonomy;

/// <summary>Political status (政治面貌).</summary>
public enum PoliticalStatus
{
    /// <summary>中共党员</summary>
    [Label("中共党员")]
    PartyMember = 1,
    /// <summary>中共预备党员</summary>
    [Label("中共预备党员")]
    ProbationaryPartyMember = 2,
    /// <summary>共青团员</summary>
    [Label("共青团员")]
    LeagueMember = 3,
    /// <summary>民主党派</summary>
    [Label("民主党派")]
    DemocraticParty = 4,
    /// <summary>群众</summary>
    [Label("群众")]
    Masses = 5,
}
