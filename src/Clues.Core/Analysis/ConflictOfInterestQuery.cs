using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>
/// What to check for conflicts of interest: a cadre (Person) or every leading-team member of a Unit,
/// optionally only for contracts signed and payments made within <see cref="Window"/>.
/// </summary>
/// <param name="SubjectId">A Person (the cadre) or a Unit (all who held leading-team posts in it).</param>
/// <param name="Window">When given, the contract date or payment day must fall inside it.</param>
public sealed record ConflictOfInterestQuery(string SubjectId, TimeWindow? Window = null);
