namespace Clues.Core.Graph;

/// <summary>The kind of a node in the case-linkage graph. Stored as a byte; never renumber.</summary>
public enum NodeLabel : byte
{
    /// <summary>A person, cadre or not (人员).</summary>
    Person = 1,
    /// <summary>A party organisation, department, township, village or state firm (单位).</summary>
    Unit = 2,
    /// <summary>A person holding a post in a unit over an interval (职务).</summary>
    Position = 3,
    /// <summary>A company (企业).</summary>
    Company = 4,
    /// <summary>A construction or procurement project (项目).</summary>
    Project = 5,
    /// <summary>A special or fiscal fund (资金).</summary>
    Fund = 6,
    /// <summary>A payment from a fund, unit or company to a company or person (支付).</summary>
    Payment = 7,
    /// <summary>A problem clue (问题线索).</summary>
    Clue = 8,
    /// <summary>An inspection round (巡察轮次).</summary>
    InspectionRound = 9,
    /// <summary>An inspection group (巡察组).</summary>
    InspectionGroup = 10,
    /// <summary>A receiving authority such as a discipline commission (受理机关).</summary>
    Body = 11,
    /// <summary>An administrative division (行政区划).</summary>
    Jurisdiction = 12,
}
