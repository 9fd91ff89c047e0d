using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Workflow;

/// <summary>How the recipient disposes of a clue (处置方式).</summary>
public enum DisposalMethod
{
    /// <summary>谈话函询</summary>
    [Label("谈话函询")]
    TalkOrWrittenInquiry = 1,
    /// <summary>初步核实</summary>
    [Label("初步核实")]
    PreliminaryVerification,
    /// <summary>暂存待查</summary>
    [Label("暂存待查")]
    HoldForLater,
    /// <summary>予以了结</summary>
    [Label("予以了结")]
    Close,
    /// <summary>直接立案</summary>
    [Label("直接立案")]
    DirectCase,
    /// <summary>Bodies other than the commission (organisation department, police) handle it their own way.</summary>
    [Label("其他方式办理")]
    Other,
}
