using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Workflow;

/// <summary>What the recipient found (办理结果).</summary>
public enum ConclusionOutcome
{
    /// <summary>属实</summary>
    [Label("属实")]
    Substantiated = 1,
    /// <summary>部分属实</summary>
    [Label("部分属实")]
    PartlySubstantiated,
    /// <summary>不属实，予以澄清</summary>
    [Label("不属实（澄清）")]
    UnfoundedClarified,
    /// <summary>无法查实</summary>
    [Label("无法查实")]
    Unverifiable,
}
