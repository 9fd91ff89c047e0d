using Clues.Core.Access;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Handover.Tests.Workflow;

/// <summary>Principals of the offices the workflow tests use: county 350102 under city 350100.</summary>
internal static class Actors
{
    public const string County = "350102";
    public const string City = "350100";
    public const string OtherCounty = "350103";

    public static Principal Of(string jurisdiction, params Role[] roles)
    {
        var code = DivisionCode.Parse(jurisdiction);
        var level = code.IsProvince ? JurisdictionLevel.Province : code.IsCity ? JurisdictionLevel.City : JurisdictionLevel.County;
        var id = string.Join("+", roles.Select(r => r.ToString().ToLowerInvariant())) + "@" + jurisdiction;
        return new Principal(id, "测试" + id, roles.ToHashSet(), code, level);
    }

    public static Principal Group(string jurisdiction = County) => Of(jurisdiction, Role.GroupMember);

    public static Principal Office(string jurisdiction = County) => Of(jurisdiction, Role.OfficeStaff);

    public static Principal Leading(string jurisdiction = County) => Of(jurisdiction, Role.LeadingGroup);

    public static Principal Officer(string jurisdiction = County) => Of(jurisdiction, Role.HandoverOfficer);

    /// <summary>Holds every role but <paramref name="missing"/>, so only the role check can refuse it.</summary>
    public static Principal AllRolesBut(IReadOnlySet<Role> missing, string jurisdiction = County) =>
        Of(jurisdiction, Enum.GetValues<Role>().Where(r => !missing.Contains(r)).ToArray());

    public static Principal Everyone(string jurisdiction = County) => Of(jurisdiction, Enum.GetValues<Role>());
}
