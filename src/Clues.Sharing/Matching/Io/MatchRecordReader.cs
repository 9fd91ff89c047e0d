using System.Globalization;
using System.Text.Json;
using Clues.Core.Model.Taxonomy;
using Clues.Sharing.Identifiers;
using Clues.Sharing.Matching.Model;

namespace Clues.Sharing.Matching.Io;

/// <summary>
/// Reads match input: one JSON object per line,
/// <c>{"id","kind":"Person|Company","name","idNumber","birthDate":"YYYY-MM-DD","gender":"M|F","creditCode","unit"}</c>,
/// every field but <c>id</c> optional. Blank lines are skipped; anything else that is not such an object
/// stops the read with a <see cref="MatchInputException"/> naming the file and line.
/// </summary>
public static class MatchRecordReader
{
    /// <summary>Reads every record of <paramref name="path"/>.</summary>
    public static Task<IReadOnlyList<MatchRecord>> ReadAsync(string path, CancellationToken cancellationToken) =>
        ReadAsync(path, _ => { }, cancellationToken);

    /// <summary>
    /// Reads every record of <paramref name="path"/> and reports each record whose national ID number or credit code
    /// is invalid (checksum, birth date, region). Such records are kept on purpose: matching is how a mistyped number
    /// is found, so the number still counts as a possible typo and the record is matched on its other fields.
    /// </summary>
    /// <param name="path">The JSONL file.</param>
    /// <param name="warn">Receives one line per invalid identifier, naming the file, line and field.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    public static async Task<IReadOnlyList<MatchRecord>> ReadAsync(string path, Action<string> warn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(warn);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Match input {path} does not exist; give a JSONL file with one record per line.", path);
        }

        var records = new List<MatchRecord>();
        var firstLineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        using var reader = new StreamReader(path);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var record = Parse(line, path, number);
            if (!firstLineOfId.TryAdd(record.Id, number))
            {
                throw new MatchInputException(path, number, $"id '{record.Id}' is already used on line {firstLineOfId[record.Id]}; ids must be unique within a file.");
            }

            if (IdentifierWarning(record, path, number) is { } warning)
            {
                warn(warning);
            }

            records.Add(record);
        }

        return records;
    }

    /// <summary>Parses one line; <paramref name="file"/> and <paramref name="number"/> only go into error messages.</summary>
    public static MatchRecord Parse(string line, string file, int number)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException error)
        {
            throw new MatchInputException(file, number, $"not valid JSON ({error.Message}). Each line must be one JSON object.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new MatchInputException(file, number, $"expected a JSON object, found {root.ValueKind}.");
            }

            var id = Text(root, "id", file, number);
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new MatchInputException(file, number, "the record has no \"id\"; every record needs a non-empty id.");
            }

            var creditCode = Text(root, "creditCode", file, number);
            var kindText = Text(root, "kind", file, number);
            EntityKind kind;
            if (kindText is null)
            {
                kind = string.IsNullOrWhiteSpace(creditCode) ? EntityKind.Person : EntityKind.Company;
            }
            else if (!Enum.TryParse(kindText, ignoreCase: true, out kind) || !Enum.IsDefined(kind))
            {
                throw new MatchInputException(file, number, $"\"kind\" is '{kindText}'; use Person or Company.");
            }

            return new MatchRecord(
                id,
                kind,
                Text(root, "name", file, number),
                Text(root, "idNumber", file, number),
                BirthDate(root, file, number),
                Gender(root, file, number),
                creditCode,
                Text(root, "unit", file, number));
        }
    }

    private static string? IdentifierWarning(MatchRecord record, string file, int number)
    {
        var (field, value) = record.Kind == EntityKind.Company ? ("creditCode", record.CreditCode) : ("idNumber", record.IdNumber);
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var problem = record.Kind == EntityKind.Company ? IdentifierCheck.CreditCodeProblem(value) : NationalIdProblem(value.Trim());
        return problem is null
            ? null
            : $"{file} line {number}: record '{record.Id}', \"{field}\": {problem} The record is kept and matched on its other fields; this number only counts as a possible typo of another.";
    }

    // First-generation cards carry 15 digits (a two-digit year and no check character); only their date can be checked.
    private static string? NationalIdProblem(string value) =>
        value.Length == 15 && value.All(char.IsAsciiDigit)
            ? DateOnly.TryParseExact("19" + value.Substring(6, 6), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                ? null
                : $"First-generation ID number '{value}' encodes birth date '19{value.Substring(6, 6)}', which is not a real date."
            : IdentifierCheck.NationalIdProblem(value);

    private static string? Text(JsonElement root, string property, string file, int number)
    {
        if (!root.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new MatchInputException(file, number, $"\"{property}\" is a JSON {value.ValueKind}; it must be a string."),
        };
    }

    private static DateOnly? BirthDate(JsonElement root, string file, int number)
    {
        var text = Text(root, "birthDate", file, number);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new MatchInputException(file, number, $"\"birthDate\" is '{text}'; write it as YYYY-MM-DD, e.g. 1975-03-02.");
    }

    private static Gender? Gender(JsonElement root, string file, int number)
    {
        var text = Text(root, "gender", file, number)?.Trim();
        return text switch
        {
            null or "" => null,
            "M" or "m" or "男" => Core.Model.Taxonomy.Gender.Male,
            "F" or "f" or "女" => Core.Model.Taxonomy.Gender.Female,
            _ => throw new MatchInputException(file, number, $"\"gender\" is '{text}'; use M or F."),
        };
    }
}
