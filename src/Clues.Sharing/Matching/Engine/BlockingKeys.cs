using System.Globalization;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Matching.Engine;

/// <summary>
/// Candidate generation. Two records are compared only when they share a key: the identifier's
/// characters in sorted order (equal IDs and IDs one transposition apart share it), name plus birth
/// year, surname plus birth date and given name plus birth date (a typo in one part still meets).
/// Name-only keys (<see cref="NameOnly"/>) are probed only by records with no birth date at all.
/// </summary>
internal static class BlockingKeys
{
    /// <summary>Adds the keys the record is both indexed and probed under.</summary>
    public static void Add(PreparedRecord record, List<string> keys)
    {
        if (record.Source.Kind == EntityKind.Company)
        {
            if (record.RawIdentifier.Length == 18)
            {
                keys.Add("c" + SortedCharacters(record.RawIdentifier));
            }

            if (record.NameCore.Length > 0)
            {
                keys.Add("k" + record.NameCore);
            }

            return;
        }

        if (record.RawIdentifier.Length == 18)
        {
            keys.Add("i" + SortedCharacters(record.RawIdentifier));
        }

        if (record.CanonicalName.Length == 0)
        {
            return;
        }

        AddDated(record, record.StatedBirth, keys);
        if (record.IdBirth != record.StatedBirth)
        {
            AddDated(record, record.IdBirth, keys);
        }

        if (record.UncheckedIdBirth != record.StatedBirth)
        {
            AddDated(record, record.UncheckedIdBirth, keys);
        }
    }

    /// <summary>The name-only key: every named person is indexed under it; only persons without any birth date probe it.</summary>
    public static string? NameOnly(PreparedRecord record) =>
        record.Source.Kind == EntityKind.Person && record.CanonicalName.Length > 0 ? "a" + record.CanonicalName : null;

    private static void AddDated(PreparedRecord record, DateOnly? date, List<string> keys)
    {
        if (date is not { } d)
        {
            return;
        }

        var day = d.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        keys.Add(string.Concat("n", record.CanonicalName, "|", day.AsSpan(0, 4)));
        keys.Add(string.Concat("s", record.NameCore, "|", day));
        if (record.NameRest.Length > 0)
        {
            keys.Add(string.Concat("g", record.NameRest, "|", day));
        }
    }

    private static string SortedCharacters(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            source.AsSpan().CopyTo(span);
            span.Sort();
        });
}
