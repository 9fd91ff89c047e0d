namespace Clues.Sharing.Exchange;

/// <summary>Which way an exchange package travels between a city and one of its counties (市县联动).</summary>
internal enum ExchangeDirection
{
    /// <summary>A county sends the city clues about city- and province-managed cadres and its problem lists.</summary>
    CountyToCity = 1,

    /// <summary>The city sends a county the clues its elevated rounds found about county-managed cadres, and those rounds' problem lists.</summary>
    CityToCounty = 2,
}
