using System.Globalization;
using Clues.Core.Identifiers;

namespace Clues.Seed.Generation;

/// <summary>
/// Makes valid, unique unified social credit codes (GB 32100): registration authority 9 (market
/// regulation), type 1 (enterprise), the division code, a 9-character organisation code whose last
/// character is its own GB 11714 check, and the MOD 31 check character from <see cref="CreditCode.FromBody"/>.
/// The 8-digit organisation body is a counter run through a bijection mod 10^8, so codes look random
/// but never repeat.
/// </summary>
internal sealed class CreditCodeFactory
{
    private static readonly int[] OrganisationWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private readonly long _offset;
    private int _count;

    public CreditCodeFactory(int seed) => _offset = (long)(uint)seed % 100_000_000L;

    public CreditCode Create(string divisionCode)
    {
        // 48271 is coprime with 10^8, so n -> (48271 n + offset) mod 10^8 is a permutation.
        var n = (48_271L * ++_count + _offset) % 100_000_000L;
        var body = n.ToString("D8", CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (body[i] - '0') * OrganisationWeights[i];
        }

        var check = 11 - sum % 11;
        var checkChar = check == 11 ? '0' : check == 10 ? 'X' : (char)('0' + check);
        return CreditCode.FromBody(string.Concat("91", divisionCode, body, checkChar.ToString()));
    }
}
