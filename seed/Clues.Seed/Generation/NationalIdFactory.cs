using System.Globalization;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>
/// Makes valid, unique resident ID numbers: a county division code of the seeded city, the birth date,
/// a sequence number whose last digit is odd for men and even for women, and the MOD 11-2 check
/// character (computed by <see cref="NationalIdNumber.FromBody"/>). Uniqueness comes from a counter per
/// (county, birth date, gender) rather than from luck, so the natural key never collides.
/// </summary>
internal sealed class NationalIdFactory
{
    public static readonly DateOnly EarliestBirth = new(1930, 1, 1);
    public static readonly DateOnly LatestBirth = new(2020, 12, 31);
    private static readonly int Days = LatestBirth.DayNumber - EarliestBirth.DayNumber + 1;

    private readonly string[] _countyCodes;
    private readonly ushort[] _used;

    public NationalIdFactory(IReadOnlyList<string> countyCodes)
    {
        _countyCodes = countyCodes.ToArray();
        _used = new ushort[_countyCodes.Length * Days * 2];
    }

    /// <summary>The value of the number issued last (the scenario report names it).</summary>
    public string LastIssued { get; private set; } = "";

    /// <summary>A new ID number registered in county <paramref name="county"/> (an index into the county codes).</summary>
    public NationalIdNumber Create(int county, DateOnly birth, Gender gender)
    {
        if (birth < EarliestBirth || birth > LatestBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(birth), $"Birth date {birth:yyyy-MM-dd} is outside {EarliestBirth:yyyy} to {LatestBirth:yyyy}.");
        }

        var male = gender == Gender.Male;
        var slot = ((county * Days) + (birth.DayNumber - EarliestBirth.DayNumber)) * 2 + (male ? 1 : 0);

        // 500 sequence numbers per gender per county per day; a later day takes over in the (never seen) case of overflow.
        while (_used[slot] >= 500)
        {
            birth = birth.AddDays(1);
            slot += 2;
        }

        var sequence = _used[slot]++ * 2 + (male ? 1 : 0);
        var body = string.Concat(
            _countyCodes[county],
            birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
            sequence.ToString("D3", CultureInfo.InvariantCulture));
        var id = NationalIdNumber.FromBody(body);
        LastIssued = id.Value;
        return id;
    }
}
