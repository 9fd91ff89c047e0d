using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>The post that speaks for a person in the ranking: a post still held before ended ones, then leading-team, then highest rank, then latest start.</summary>
/// <param name="Position">The post.</param>
/// <param name="Unit">Its unit, when recorded.</param>
/// <param name="Title">Title.</param>
/// <param name="Rank">Rank.</param>
/// <param name="LeadingTeamMember">Whether the post is on the leading team (领导班子).</param>
/// <param name="From">First day held.</param>
/// <param name="To">Last day held; null while held.</param>
public sealed record KeyPersonPost(NodeRef Position, NodeRef? Unit, string Title, CadreRank Rank, bool LeadingTeamMember, DateOnly? From, DateOnly? To);
