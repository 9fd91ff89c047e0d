namespace Clues.Cli.BenchMatch;

/// <summary>A synthetic company as registered: trade-name part, legal form, credit code and registering authority.</summary>
internal sealed record TruthCompany(string Stem, string LegalForm, string CreditCode, string Authority)
{
    public string Name => Stem + LegalForm;
}
