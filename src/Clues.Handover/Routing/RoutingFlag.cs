namespace Clues.Handover.Routing;

/// <summary>An assessment flag on one problem of a clue; on the wire <c>FIXABLE_NOW</c> or <c>UNCLEAR</c>.</summary>
public enum RoutingFlag
{
    /// <summary>群众反映强烈、明显违反政策规定、能够立即解决（立行立改）.</summary>
    FixableNow = 1,
    /// <summary>暂时难以查清（说明情况，存档备查）.</summary>
    Unclear,
}
