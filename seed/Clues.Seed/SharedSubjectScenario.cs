namespace Clues.Seed;

/// <summary>
/// Scenario 4, a subject known to both a city and a county office: a cadre who moved from a county
/// department to a city department, subject of one clue from a county round and one from a city round.
/// The offices can recognise the person by <see cref="NationalId"/>.
/// </summary>
/// <param name="PersonId">The shared subject (Person).</param>
/// <param name="NationalId">The person's national ID number, the key for city-county matching.</param>
/// <param name="CountyPositionId">The earlier, ended county post (Position).</param>
/// <param name="CityPositionId">The current city post (Position).</param>
/// <param name="CountyRoundId">The county round that found the county clue (InspectionRound).</param>
/// <param name="CountyClueId">The clue from the county round (Clue).</param>
/// <param name="CityRoundId">The city round that found the city clue (InspectionRound).</param>
/// <param name="CityClueId">The clue from the city round (Clue).</param>
public sealed record SharedSubjectScenario(
    string PersonId,
    string NationalId,
    string CountyPositionId,
    string CityPositionId,
    string CountyRoundId,
    string CountyClueId,
    string CityRoundId,
    string CityClueId);
