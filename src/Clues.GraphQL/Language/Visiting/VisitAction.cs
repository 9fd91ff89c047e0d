namespace Clues.GraphQL.Language;

/// <summary>What a <see cref="SyntaxVisitor"/> callback asks the traversal to do next.</summary>
public enum VisitAction
{
    /// <summary>Carry on normally.</summary>
    Continue,

    /// <summary>
    /// From an enter callback: do not visit the node's children, and do not call leave for the node.
    /// From a leave callback it means the same as <see cref="Continue"/>.
    /// </summary>
    Skip,

    /// <summary>End the whole traversal immediately; no further callbacks are made.</summary>
    Stop,
}
