using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>The inspection office whose round found the problem.</summary>
/// <param name="Level">City or county; a round is never run by another level here.</param>
/// <param name="Jurisdiction">The office's division code (xxxx00 for a city, the county code for a county).</param>
public sealed record FindingOffice(JurisdictionLevel Level, DivisionCode Jurisdiction);
