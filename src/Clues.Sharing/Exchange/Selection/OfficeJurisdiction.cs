using Clues.Core.Access;
using Clues.Core.Identifiers;

namespace Clues.Sharing.Exchange.Selection;

/// <summary>An office's jurisdiction as the local graph knows it: its node, code and name.</summary>
internal sealed record OfficeJurisdiction(string NodeId, DivisionCode Code, string Name)
{
    /// <summary>The office's name, e.g. 江北区委巡察办.</summary>
    public string OfficeName => OfficeNames.Of(Code, Name);

    /// <summary>The short prefix of package numbers: the jurisdiction's name without 市/县/区, e.g. 江北.</summary>
    public string NumberPrefix => Name.Length > 2 && Name[^1] is '市' or '县' or '区' ? Name[..^1] : Name;
}
