using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>A person, unit or company a clue is about, and its role in the clue.</summary>
/// <param name="Subject">The subject.</param>
/// <param name="Role">Primary or related; a Concerns without a role is primary.</param>
public sealed record ClueSubject(NodeRef Subject, SubjectRole Role);
