using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Routing;

/// <summary>Turns a rule's level expression into a level and division code; the rule file's header gives the reasons.</summary>
internal static class JurisdictionResolver
{
    public static (JurisdictionLevel Level, DivisionCode Jurisdiction) Resolve(LevelExpression expression, RoutingCase routingCase) =>
        expression switch
        {
            LevelExpression.Province => (JurisdictionLevel.Province, Divisions.ProvinceOf(routingCase.Subject.Jurisdiction)),
            LevelExpression.FoundBy => (routingCase.FoundBy.Level, routingCase.FoundBy.Jurisdiction),
            LevelExpression.FoundByParent => ParentOf(routingCase.FoundBy),
            LevelExpression.ManagingLevel => Managing(routingCase),
            LevelExpression.Locality => Locality(routingCase.Subject.Jurisdiction),
            _ => throw new ArgumentOutOfRangeException(nameof(expression), expression, "Unknown level expression."),
        };

    private static (JurisdictionLevel, DivisionCode) ParentOf(FindingOffice office) =>
        office.Level == JurisdictionLevel.County
            ? (JurisdictionLevel.City, Divisions.CityOf(office.Jurisdiction)!)
            : (JurisdictionLevel.Province, Divisions.ProvinceOf(office.Jurisdiction));

    private static (JurisdictionLevel, DivisionCode) Locality(DivisionCode code) => (Divisions.LevelOf(code), code);

    private static (JurisdictionLevel, DivisionCode) Managing(RoutingCase c)
    {
        var subject = c.Subject.Jurisdiction;
        switch (c.Subject.ManagementLevel)
        {
            case ManagementLevel.Province:
                return (JurisdictionLevel.Province, Divisions.ProvinceOf(subject));
            case ManagementLevel.City:
                // A subject recorded only at province level names no city; the finding office's city manages the round.
                return (JurisdictionLevel.City, Divisions.CityOf(subject) ?? Divisions.CityOf(c.FoundBy.Jurisdiction)!);
            case ManagementLevel.County:
                if (Divisions.LevelOf(subject) == JurisdictionLevel.County)
                {
                    return (JurisdictionLevel.County, subject);
                }

                if (c.FoundBy.Level == JurisdictionLevel.County && Divisions.IsWithin(c.FoundBy.Jurisdiction, subject))
                {
                    return (JurisdictionLevel.County, c.FoundBy.Jurisdiction);
                }

                throw new RoutingException(
                    $"subject.jurisdiction {subject.Value} is a {(subject.IsProvince ? "province" : "city")} code but the subject is COUNTY-managed, "
                    + "so the managing county cannot be told; give the county (or district) code of the subject's unit.");
            default:
                return Locality(subject);
        }
    }
}
