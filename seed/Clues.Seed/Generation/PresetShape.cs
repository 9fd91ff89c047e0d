using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// The sizes a preset is built from. Node and relationship totals follow from these (see
/// <c>seed/README.md</c> for the measured totals); most relationship volume comes from social ties
/// (<see cref="TieHalfDegree"/> ties started per person), payments and clue links.
/// </summary>
internal sealed record PresetShape
{
    public required int Counties { get; init; }
    public required int CityDepartments { get; init; }
    public required int CountyDepartments { get; init; }
    public required int CityFirms { get; init; }
    public required int CountyFirms { get; init; }
    public required int CityInstitutions { get; init; }
    public required int CountyInstitutions { get; init; }
    public required int TownshipsPerCounty { get; init; }
    public required int VillagesPerTownship { get; init; }
    public required int DeputiesMin { get; init; }
    public required int DeputiesMax { get; init; }
    public required int CitySections { get; init; }
    public required int CountySections { get; init; }
    public required int CityStaff { get; init; }
    public required int CountyStaff { get; init; }
    public required int TownshipStaff { get; init; }
    public required int FirmStaff { get; init; }
    public required int InstitutionStaff { get; init; }
    public required int VillagersPerVillage { get; init; }
    public required double UnitCadreFamilyChance { get; init; }
    public required int Companies { get; init; }
    public required int Projects { get; init; }
    public required int Funds { get; init; }
    public required int PaymentsPerFund { get; init; }
    public required int CityRoundsPerYear { get; init; }
    public required int CountyRoundsPerYear { get; init; }
    public required int CityGroupsPerRound { get; init; }
    public required int CountyGroupsPerRound { get; init; }
    public required int UnitsPerGroup { get; init; }
    public required int CluesPerGroup { get; init; }
    public required int TieHalfDegree { get; init; }
    public required double TieRewireChance { get; init; }

    public static PresetShape For(SeedPreset preset) => preset switch
    {
        SeedPreset.Demo => new PresetShape
        {
            Counties = 3,
            CityDepartments = 10,
            CountyDepartments = 5,
            CityFirms = 2,
            CountyFirms = 1,
            CityInstitutions = 2,
            CountyInstitutions = 1,
            TownshipsPerCounty = 3,
            VillagesPerTownship = 2,
            DeputiesMin = 1,
            DeputiesMax = 2,
            CitySections = 1,
            CountySections = 1,
            CityStaff = 1,
            CountyStaff = 1,
            TownshipStaff = 1,
            FirmStaff = 1,
            InstitutionStaff = 1,
            VillagersPerVillage = 6,
            UnitCadreFamilyChance = 0.15,
            Companies = 50,
            Projects = 50,
            Funds = 14,
            PaymentsPerFund = 5,
            CityRoundsPerYear = 1,
            CountyRoundsPerYear = 1,
            CityGroupsPerRound = 2,
            CountyGroupsPerRound = 1,
            UnitsPerGroup = 2,
            CluesPerGroup = 3,
            TieHalfDegree = 4,
            TieRewireChance = 0.2,
        },
        SeedPreset.City => new PresetShape
        {
            Counties = 6,
            CityDepartments = UnitCatalog.Departments.Length,
            CountyDepartments = 24,
            CityFirms = 8,
            CountyFirms = 3,
            CityInstitutions = 8,
            CountyInstitutions = 5,
            TownshipsPerCounty = 14,
            VillagesPerTownship = 14,
            DeputiesMin = 2,
            DeputiesMax = 4,
            CitySections = 8,
            CountySections = 6,
            CityStaff = 22,
            CountyStaff = 14,
            TownshipStaff = 18,
            FirmStaff = 20,
            InstitutionStaff = 20,
            VillagersPerVillage = 15,
            UnitCadreFamilyChance = 0.3,
            Companies = 3_200,
            Projects = 3_600,
            Funds = 1_200,
            PaymentsPerFund = 11,
            CityRoundsPerYear = 3,
            CountyRoundsPerYear = 3,
            CityGroupsPerRound = 5,
            CountyGroupsPerRound = 4,
            UnitsPerGroup = 3,
            CluesPerGroup = 11,
            TieHalfDegree = 18,
            TieRewireChance = 0.08,
        },
        SeedPreset.Large => new PresetShape
        {
            Counties = 12,
            CityDepartments = UnitCatalog.Departments.Length,
            CountyDepartments = 28,
            CityFirms = 8,
            CountyFirms = 4,
            CityInstitutions = 8,
            CountyInstitutions = 5,
            TownshipsPerCounty = 20,
            VillagesPerTownship = 22,
            DeputiesMin = 2,
            DeputiesMax = 5,
            CitySections = 10,
            CountySections = 8,
            CityStaff = 50,
            CountyStaff = 32,
            TownshipStaff = 36,
            FirmStaff = 60,
            InstitutionStaff = 60,
            VillagersPerVillage = 72,
            UnitCadreFamilyChance = 0.3,
            Companies = 34_000,
            Projects = 35_000,
            Funds = 12_000,
            PaymentsPerFund = 16,
            CityRoundsPerYear = 3,
            CountyRoundsPerYear = 3,
            CityGroupsPerRound = 8,
            CountyGroupsPerRound = 6,
            UnitsPerGroup = 4,
            CluesPerGroup = 38,
            TieHalfDegree = 16,
            TieRewireChance = 0.08,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, "Use Demo, City or Large."),
    };
}
