using Clues.Core.Graph;
using Clues.Handover.Routing;

namespace Clues.Handover.Drafting;

/// <summary>One subject of a clue (反映对象) as routing sees it.</summary>
/// <param name="Id">Store id of the person or unit.</param>
/// <param name="Label">Person or Unit.</param>
/// <param name="Name">Display name.</param>
/// <param name="Routing">Management level and jurisdiction.</param>
public sealed record ClueHandoverSubject(string Id, NodeLabel Label, string Name, RoutingSubject Routing);
