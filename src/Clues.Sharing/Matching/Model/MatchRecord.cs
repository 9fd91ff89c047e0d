using Clues.Core.Model.Taxonomy;

namespace Clues.Sharing.Matching.Model;

/// <summary>
/// One person or company as one deployment knows it. Every field but <see cref="Id"/> and
/// <see cref="Kind"/> may be missing; identifiers are kept as typed, unvalidated, because a mistyped
/// number is still evidence.
/// </summary>
/// <param name="Id">The record's key in its own data set.</param>
/// <param name="Kind">Person or company.</param>
/// <param name="Name">Full name (person) or registered name (company).</param>
/// <param name="IdNumber">National ID number as entered (persons).</param>
/// <param name="BirthDate">Stated birth date (persons).</param>
/// <param name="Gender">Stated gender (persons).</param>
/// <param name="CreditCode">Unified social credit code as entered (companies).</param>
/// <param name="Unit">Work unit (person) or registering authority or address (company).</param>
public sealed record MatchRecord(
    string Id,
    EntityKind Kind,
    string? Name = null,
    string? IdNumber = null,
    DateOnly? BirthDate = null,
    Gender? Gender = null,
    string? CreditCode = null,
    string? Unit = null);
