namespace Clues.Core.Analysis;

/// <summary>
/// How serious a problem is for ranking key persons, from the problem group: suspected crime above
/// discipline (six disciplines, cadre selection) above work style (eight-point rules) above
/// party-building duties (grassroots organisation, ideology and rule-of-law work).
/// </summary>
public enum ClueSeriousness
{
    /// <summary>Not inspection business (personal demands, litigation complaints).</summary>
    NotInspectionBusiness = 0,
    /// <summary>Weak grassroots organisation, ideology-work or rule-of-law responsibility.</summary>
    PartyBuilding = 1,
    /// <summary>Eight-point rules and the four styles (作风).</summary>
    WorkStyle = 2,
    /// <summary>The six disciplines and cadre-selection problems (纪律).</summary>
    Discipline = 3,
    /// <summary>Suspected crime, organised crime included (违法犯罪).</summary>
    Crime = 4,
}
