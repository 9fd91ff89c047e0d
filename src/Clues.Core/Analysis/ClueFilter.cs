using Clues.Core.Model.Taxonomy;

namespace Clues.Core.Analysis;

/// <summary>
/// Which clues to list. Every criterion left null lets everything through; a set matches when the
/// clue has any of its members; criteria combine with AND. An empty set matches nothing.
/// </summary>
public sealed record ClueFilter
{
    /// <summary>Clues found in any of these rounds (<c>FoundIn</c>).</summary>
    public IReadOnlySet<string>? RoundIds { get; init; }

    /// <summary>Clues collected by any of these inspection groups (<c>CollectedBy</c>).</summary>
    public IReadOnlySet<string>? GroupIds { get; init; }

    /// <summary>Clues in any of these statuses.</summary>
    public IReadOnlySet<ClueStatus>? Statuses { get; init; }

    /// <summary>Clues naming any of these problem types.</summary>
    public IReadOnlySet<ProblemType>? ProblemTypes { get; init; }

    /// <summary>Clues naming a problem in any of these groups.</summary>
    public IReadOnlySet<ProblemGroup>? ProblemGroups { get; init; }

    /// <summary>Clues concerning any of these people, units or companies, whatever the role (<c>Concerns</c>).</summary>
    public IReadOnlySet<string>? SubjectIds { get; init; }

    /// <summary>
    /// Clues belonging to this jurisdiction or a division under it: found in a round that sits there,
    /// or concerning a unit that sits there, or a person who held a post in such a unit.
    /// </summary>
    public string? JurisdictionId { get; init; }

    /// <summary>Clues received on or after this day.</summary>
    public DateOnly? ReceivedFrom { get; init; }

    /// <summary>Clues received on or before this day.</summary>
    public DateOnly? ReceivedTo { get; init; }

    /// <summary>Clues that came in by any of these channels.</summary>
    public IReadOnlySet<ClueSource>? Sources { get; init; }
}
