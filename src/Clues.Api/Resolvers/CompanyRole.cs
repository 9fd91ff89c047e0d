namespace Clues.Api.Resolvers;

/// <summary>How a person or company is tied to a company; the GraphQL <c>CompanyRole</c> enum.</summary>
internal enum CompanyRole
{
    /// <summary>Legal representative.</summary>
    LegalRepresentative,

    /// <summary>Shareholder.</summary>
    Shareholder,
}
