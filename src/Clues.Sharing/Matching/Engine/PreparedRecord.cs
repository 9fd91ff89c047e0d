using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Matching.Engine;

/// <summary>A record with everything the matcher compares worked out once: normalised and variant-folded names, parsed identifiers, dates and genders from the ID number.</summary>
internal sealed class PreparedRecord
{
    public required MatchRecord Source { get; init; }

    /// <summary>Normalised name (persons) or normalised registered name (companies).</summary>
    public required string Name { get; init; }

    /// <summary><see cref="Name"/> with variant characters folded.</summary>
    public required string CanonicalName { get; init; }

    /// <summary>Persons: canonical surname; companies: canonical name without its legal form (有限公司...).</summary>
    public required string NameCore { get; init; }

    /// <summary>Persons: canonical given name; companies: the legal form that was stripped.</summary>
    public required string NameRest { get; init; }

    /// <summary>The identifier as typed, trimmed and upper-cased (national ID or credit code); empty when missing.</summary>
    public required string RawIdentifier { get; init; }

    /// <summary>True when <see cref="RawIdentifier"/> passes its checksum (15-digit IDs are upgraded to 18 first).</summary>
    public required bool IdentifierValid { get; init; }

    public DateOnly? StatedBirth { get; init; }

    /// <summary>Birth date in a valid national ID.</summary>
    public DateOnly? IdBirth { get; init; }

    /// <summary>Birth date read from an ID that fails its checksum: usable for blocking, too weak to contradict.</summary>
    public DateOnly? UncheckedIdBirth { get; init; }

    public Gender? StatedGender { get; init; }

    /// <summary>Gender encoded in a valid national ID.</summary>
    public Gender? IdGender { get; init; }

    /// <summary>Normalised unit; empty when missing.</summary>
    public required string Unit { get; init; }

    public bool HasIdentifier => RawIdentifier.Length > 0;

    public DateOnly? AnyBirth => StatedBirth ?? IdBirth ?? UncheckedIdBirth;

    public static PreparedRecord Person(MatchRecord source, Names.VariantCharacters variants)
    {
        var name = Names.NameText.Normalize(source.Name);
        var canonical = variants.Canonicalize(name);
        var surnameLength = Names.NameText.SurnameLength(canonical);
        var raw = (source.IdNumber ?? "").Trim().ToUpperInvariant();
        if (raw.Length == 15 && raw.All(char.IsAsciiDigit))
        {
            raw = UpgradeFifteenDigitId(raw);
        }

        DateOnly? idBirth = null;
        DateOnly? uncheckedBirth = null;
        Gender? idGender = null;
        var valid = NationalIdNumber.TryParse(raw, out var id, out _);
        if (valid)
        {
            idBirth = id!.BirthDate;
            idGender = id.IsMale ? Gender.Male : Gender.Female;
        }
        else if (raw.Length == 18 && DateOnly.TryParseExact(raw.AsSpan(6, 8), "yyyyMMdd", out var date))
        {
            uncheckedBirth = date;
        }

        return new PreparedRecord
        {
            Source = source,
            Name = name,
            CanonicalName = canonical,
            NameCore = canonical[..surnameLength],
            NameRest = canonical[surnameLength..],
            RawIdentifier = raw,
            IdentifierValid = valid,
            StatedBirth = source.BirthDate,
            IdBirth = idBirth,
            UncheckedIdBirth = uncheckedBirth,
            StatedGender = source.Gender,
            IdGender = idGender,
            Unit = Names.NameText.Normalize(source.Unit),
        };
    }

    public static PreparedRecord Company(MatchRecord source, Names.VariantCharacters variants)
    {
        var name = Names.NameText.Normalize(source.Name).Replace('（', '(').Replace('）', ')');
        var canonical = variants.Canonicalize(name);
        var (core, form) = CompanyNames.SplitLegalForm(canonical);
        var raw = (source.CreditCode ?? "").Trim().ToUpperInvariant();
        return new PreparedRecord
        {
            Source = source,
            Name = name,
            CanonicalName = canonical,
            NameCore = core,
            NameRest = form,
            RawIdentifier = raw,
            IdentifierValid = Core.Identifiers.CreditCode.TryParse(raw, out _, out _),
            Unit = Names.NameText.Normalize(source.Unit),
        };
    }

    // First-generation cards carry 15 digits: a two-digit year and no check character.
    private static string UpgradeFifteenDigitId(string fifteen)
    {
        var body = string.Concat(fifteen.AsSpan(0, 6), "19", fifteen.AsSpan(6));
        try
        {
            return NationalIdNumber.FromBody(body).Value;
        }
        catch (DomainValidationException)
        {
            // Not a real date: keep the number as typed, it will simply fail validation.
            return fifteen;
        }
    }
}
