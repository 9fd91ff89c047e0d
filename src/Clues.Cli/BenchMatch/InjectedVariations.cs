namespace Clues.Cli.BenchMatch;

/// <summary>How many of each variation the generator put into the right data set.</summary>
internal sealed class InjectedVariations
{
    public int NameTypos { get; set; }

    public int VariantCharacters { get; set; }

    public int MissingIds { get; set; }

    public int TransposedIds { get; set; }

    public int MissingBirthDates { get; set; }

    public int ChangedUnits { get; set; }

    public int SameNameDifferentPeople { get; set; }

    public int CompaniesWithoutCreditCode { get; set; }

    public int TransposedCreditCodes { get; set; }

    public int LegalFormChanges { get; set; }

    public int CompanyNameTypos { get; set; }

    public int SameNameDifferentCompanies { get; set; }
}
