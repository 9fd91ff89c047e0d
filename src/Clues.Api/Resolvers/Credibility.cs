namespace Clues.Api.Resolvers;

/// <summary>How credible a clue's allegation looks, as an assessor grades it (the GraphQL <c>Credibility</c>).</summary>
public enum Credibility
{
    /// <summary>Specific and consistent with other facts.</summary>
    Credible = 1,
    /// <summary>Partly specific or partly consistent.</summary>
    PartlyCredible = 2,
    /// <summary>Not yet possible to tell.</summary>
    Unverified = 3,
    /// <summary>Vague or contradicted by known facts.</summary>
    Doubtful = 4,
}
