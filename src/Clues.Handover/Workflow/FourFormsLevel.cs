using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Workflow;

/// <summary>The "four forms" of supervision and discipline (四种形态) the outcome falls under.</summary>
public enum FourFormsLevel
{
    /// <summary>第一种形态: criticism, talks, written inquiry.</summary>
    [Label("第一种形态")]
    First = 1,
    /// <summary>第二种形态: light sanctions, minor organisational adjustment.</summary>
    [Label("第二种形态")]
    Second,
    /// <summary>第三种形态: heavy sanctions, major post adjustment.</summary>
    [Label("第三种形态")]
    Third,
    /// <summary>第四种形态: serious violations, case filed for prosecution.</summary>
    [Label("第四种形态")]
    Fourth,
}
