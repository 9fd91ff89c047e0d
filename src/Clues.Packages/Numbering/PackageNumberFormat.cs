using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Clues.Packages.Numbering;

/// <summary>
/// Formats and parses package numbers from a template with the placeholders <c>{prefix}</c>, <c>{year}</c> and
/// <c>{seq}</c>, e.g. <c>{prefix}巡移〔{year}〕{seq}号</c>; provinces and cities word their numbers differently.
/// </summary>
public sealed class PackageNumberFormat
{
    /// <summary>The handover template used when none is configured: <c>{prefix}巡移〔{year}〕{seq}号</c>.</summary>
    public const string DefaultHandoverTemplate = "{prefix}巡移〔{year}〕{seq}号";

    private static readonly Regex Placeholder = new(@"\{([^{}]*)\}", RegexOptions.CultureInvariant);

    private readonly Regex parser;

    /// <summary>Checks the template: <c>{year}</c> and <c>{seq}</c> exactly once, <c>{prefix}</c> at most once, nothing else in braces.</summary>
    /// <exception cref="FormatException">The template is malformed; the message names the problem.</exception>
    public PackageNumberFormat(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        Template = template;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["prefix"] = 0, ["year"] = 0, ["seq"] = 0 };
        var pattern = new StringBuilder("^");
        var last = 0;
        foreach (Match match in Placeholder.Matches(template))
        {
            var name = match.Groups[1].Value;
            if (!counts.TryGetValue(name, out var seen))
            {
                throw new FormatException($"Package number template '{template}' has an unknown placeholder {{{name}}}; use {{prefix}}, {{year}} and {{seq}}.");
            }

            counts[name] = seen + 1;
            pattern.Append(Regex.Escape(template[last..match.Index]));
            pattern.Append(name switch
            {
                "prefix" => @"(?<prefix>.*?)",
                "year" => @"(?<year>[0-9]{4})",
                _ => @"(?<seq>[1-9][0-9]{0,8})",
            });
            last = match.Index + match.Length;
        }

        var literal = template[last..];
        if (Placeholder.Replace(template, "").AsSpan().IndexOfAny('{', '}') >= 0)
        {
            throw new FormatException($"Package number template '{template}' has an unmatched brace.");
        }

        if (counts["year"] != 1 || counts["seq"] != 1 || counts["prefix"] > 1)
        {
            throw new FormatException($"Package number template '{template}' must hold {{year}} and {{seq}} exactly once and {{prefix}} at most once.");
        }

        pattern.Append(Regex.Escape(literal)).Append('$');
        parser = new Regex(pattern.ToString(), RegexOptions.CultureInvariant);
    }

    /// <summary>The template text.</summary>
    public string Template { get; }

    /// <summary>Writes a number, e.g. (江临, 2026, 12) → 江临巡移〔2026〕12号.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The year is not four digits or the sequence is below 1.</exception>
    public string Format(PackageNumber number)
    {
        ArgumentNullException.ThrowIfNull(number);
        ArgumentOutOfRangeException.ThrowIfLessThan(number.Year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number.Year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number.Sequence, 1);
        return Template
            .Replace("{prefix}", number.Prefix, StringComparison.Ordinal)
            .Replace("{year}", number.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{seq}", number.Sequence.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Reads a number written by this template; false when the text does not follow it.</summary>
    public bool TryParse(string? text, out PackageNumber? number)
    {
        number = null;
        if (text is null)
        {
            return false;
        }

        var match = parser.Match(text);
        if (!match.Success)
        {
            return false;
        }

        number = new PackageNumber(
            match.Groups["prefix"].Success ? match.Groups["prefix"].Value : "",
            int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups["seq"].Value, CultureInfo.InvariantCulture));
        return true;
    }
}
