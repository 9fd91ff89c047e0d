using Clues.Sharing.Matching.Engine;
using Clues.Sharing.Matching.Model;
using Clues.Sharing.Matching.Names;

namespace Clues.Sharing.Matching;

/// <summary>
/// Finds the persons and companies two data sets have in common and says why. Deterministic: the
/// same inputs give the same pairs, scores and reasons in the same order, whatever the parallelism.
/// </summary>
public sealed class Matcher
{
    private const int ChunkSize = 512;
    private readonly MatchOptions _options;
    private readonly VariantCharacters _variants;

    /// <summary>A matcher with the given tuning (defaults when null) and the shipped variant-character table.</summary>
    public Matcher(MatchOptions? options = null)
        : this(options, VariantCharacters.Default)
    {
    }

    internal Matcher(MatchOptions? options, VariantCharacters variants)
    {
        _options = options ?? MatchOptions.Default;
        _variants = variants;
    }

    /// <summary>Scores one pair, whatever its verdict (NO_MATCH included), as the explanation of why it was or was not matched.</summary>
    public MatchPair Compare(MatchRecord left, MatchRecord right)
    {
        if (left.Kind != right.Kind)
        {
            return new MatchPair(left.Id, right.Id, left.Kind, 0, MatchDecision.NoMatch, ["one is a person, the other a company"]);
        }

        var l = Prepare(left);
        var r = Prepare(right);
        var frequency = string.Equals(l.CanonicalName, r.CanonicalName, StringComparison.Ordinal) ? 2 : 1;
        return Score(l, r, frequency);
    }

    /// <summary>Every MATCH and REVIEW pair between <paramref name="left"/> and <paramref name="right"/>.</summary>
    public MatchResult Match(IReadOnlyList<MatchRecord> left, IReadOnlyList<MatchRecord> right, CancellationToken cancellationToken = default)
    {
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = _options.Parallelism > 0 ? _options.Parallelism : Environment.ProcessorCount,
        };
        var lefts = new PreparedRecord[left.Count];
        var rights = new PreparedRecord[right.Count];
        Parallel.For(0, lefts.Length, parallel, i => lefts[i] = Prepare(left[i]));
        Parallel.For(0, rights.Length, parallel, i => rights[i] = Prepare(right[i]));

        var frequencies = NameFrequencies(lefts, rights);
        var skipped = 0;
        var rightIndex = BuildIndex(rights, withNameOnly: true);
        var extra = NameOnlyCandidatesFromRight(lefts, rights, ref skipped);

        var chunks = (lefts.Length + ChunkSize - 1) / ChunkSize;
        var results = new List<MatchPair>[chunks];
        long candidates = 0;
        Parallel.For(0, chunks, parallel, () => (Keys: new List<string>(12), Found: new List<int>(16), Candidates: 0L, Skipped: 0), (chunk, _, local) =>
        {
            var pairs = new List<MatchPair>();
            var end = Math.Min(lefts.Length, (chunk + 1) * ChunkSize);
            for (var i = chunk * ChunkSize; i < end; i++)
            {
                var record = lefts[i];
                local.Keys.Clear();
                local.Found.Clear();
                BlockingKeys.Add(record, local.Keys);
                if (record.AnyBirth is null && BlockingKeys.NameOnly(record) is { } nameOnly)
                {
                    local.Keys.Add(nameOnly);
                }

                foreach (var key in local.Keys)
                {
                    if (rightIndex.TryGetValue(key, out var block))
                    {
                        if (block.Count > _options.MaxBlockSize)
                        {
                            local.Skipped++;
                            continue;
                        }

                        local.Found.AddRange(block);
                    }
                }

                if (extra.TryGetValue(i, out var more))
                {
                    local.Found.AddRange(more);
                }

                local.Found.Sort();
                var previous = -1;
                foreach (var j in local.Found)
                {
                    if (j == previous)
                    {
                        continue;
                    }

                    previous = j;
                    local.Candidates++;
                    var pair = Score(record, rights[j], frequencies);
                    if (pair.Decision != MatchDecision.NoMatch)
                    {
                        pairs.Add(pair);
                    }
                }
            }

            results[chunk] = pairs;
            return local;
        }, local =>
        {
            Interlocked.Add(ref candidates, local.Candidates);
            Interlocked.Add(ref skipped, local.Skipped);
        });

        var all = new List<MatchPair>();
        foreach (var chunk in results)
        {
            all.AddRange(chunk);
        }

        return new MatchResult(all, candidates, skipped);
    }

    private PreparedRecord Prepare(MatchRecord record) =>
        record.Kind == EntityKind.Company ? PreparedRecord.Company(record, _variants) : PreparedRecord.Person(record, _variants);

    private MatchPair Score(PreparedRecord left, PreparedRecord right, Dictionary<string, int> frequencies)
    {
        var frequency = left.Source.Kind == EntityKind.Person && frequencies.TryGetValue(left.CanonicalName, out var count) ? count : 1;
        return Score(left, right, frequency);
    }

    private MatchPair Score(PreparedRecord left, PreparedRecord right, int frequency)
    {
        var sheet = left.Source.Kind == EntityKind.Company
            ? CompanyScorer.Score(left, right)
            : PersonScorer.Score(left, right, frequency, _variants);
        return sheet.ToPair(left.Source.Id, right.Source.Id, left.Source.Kind, _options);
    }

    // Rare-name weighting: how often the folded name occurs among persons of both inputs.
    private static Dictionary<string, int> NameFrequencies(PreparedRecord[] lefts, PreparedRecord[] rights)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in lefts.Concat(rights))
        {
            if (record.Source.Kind == EntityKind.Person && record.CanonicalName.Length > 0)
            {
                counts[record.CanonicalName] = counts.GetValueOrDefault(record.CanonicalName) + 1;
            }
        }

        return counts;
    }

    private static Dictionary<string, List<int>> BuildIndex(PreparedRecord[] records, bool withNameOnly)
    {
        var index = new Dictionary<string, List<int>>(records.Length * 4, StringComparer.Ordinal);
        var keys = new List<string>(12);
        for (var i = 0; i < records.Length; i++)
        {
            keys.Clear();
            BlockingKeys.Add(records[i], keys);
            if (withNameOnly && BlockingKeys.NameOnly(records[i]) is { } nameOnly)
            {
                keys.Add(nameOnly);
            }

            foreach (var key in keys)
            {
                if (!index.TryGetValue(key, out var list))
                {
                    list = new List<int>(1);
                    index[key] = list;
                }

                // A record emits a key twice when its stated and ID dates share a year; list it once.
                if (list.Count == 0 || list[^1] != i)
                {
                    list.Add(i);
                }
            }
        }

        return index;
    }

    // Right records with no birth date at all meet left records by name alone; left records without
    // one already probed the right name-only keys themselves, so only dated left records are indexed here.
    private Dictionary<int, List<int>> NameOnlyCandidatesFromRight(PreparedRecord[] lefts, PreparedRecord[] rights, ref int skipped)
    {
        var leftByName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < lefts.Length; i++)
        {
            if (lefts[i].AnyBirth is not null && BlockingKeys.NameOnly(lefts[i]) is { } key)
            {
                if (!leftByName.TryGetValue(key, out var list))
                {
                    list = [];
                    leftByName[key] = list;
                }

                list.Add(i);
            }
        }

        var extra = new Dictionary<int, List<int>>();
        for (var j = 0; j < rights.Length; j++)
        {
            if (rights[j].AnyBirth is not null || BlockingKeys.NameOnly(rights[j]) is not { } key || !leftByName.TryGetValue(key, out var block))
            {
                continue;
            }

            if (block.Count > _options.MaxBlockSize)
            {
                skipped++;
                continue;
            }

            foreach (var i in block)
            {
                if (!extra.TryGetValue(i, out var list))
                {
                    list = [];
                    extra[i] = list;
                }

                list.Add(j);
            }
        }

        return extra;
    }
}
