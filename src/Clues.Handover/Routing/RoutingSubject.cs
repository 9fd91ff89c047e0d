using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>The person (or organisation) a problem is about, as far as routing needs it.</summary>
/// <param name="ManagementLevel">Who manages the cadre (干部管理权限); <see cref="ManagementLevel.None"/> for non-cadres.</param>
/// <param name="Jurisdiction">Where the subject works: the division code of their unit.</param>
public sealed record RoutingSubject(ManagementLevel ManagementLevel, DivisionCode Jurisdiction);
