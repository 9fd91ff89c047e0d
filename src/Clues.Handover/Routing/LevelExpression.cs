namespace Clues.Handover.Routing;

/// <summary>How a rule names the receiving level and jurisdiction; the rule file's header explains each.</summary>
public enum LevelExpression
{
    /// <summary>The subject's province (xx0000).</summary>
    Province = 1,
    /// <summary>The finding office itself.</summary>
    FoundBy,
    /// <summary>The level above the finding office (a county's city).</summary>
    FoundByParent,
    /// <summary>The level that manages the cadre; locality for unit-managed staff and non-cadres.</summary>
    ManagingLevel,
    /// <summary>The subject's own jurisdiction at its own level.</summary>
    Locality,
}
