using System.Text.Json;
using Clues.GraphQL.Tests.Language;

namespace Clues.GraphQL.Tests.Fuzz;

/// <summary>
/// Valid (or nearly valid) documents that the mutator starts from: ones written against <see cref="FuzzSchema"/>,
/// the language kitchen sinks, and every query of the conformance corpus.
/// </summary>
internal static class FuzzSeeds
{
    private static readonly string[] Own =
    [
        "{ version }",
        "query Find($id: ID!) { node(id: $id) { id ... on Person { name idNumber employers(first: 2) { name creditCode } } } }",
        "query ($by: Locate! = {idNumber: \"11010519491231002X\"}) { entity(by: $by) { id name aliases } }",
        "{ search(text: \"zhang\", limit: 5) { __typename ... on Entity { name } ... on Clue { severity subject { ... on Person { name } } } } }",
        "query Deep { clues(filter: {severities: [HIGH, LOW], nested: {nested: {text: \"x\", range: {from: 1}}}}, order: DESC) { id related { related { id severity } } } }",
        "mutation Flag($id: ID!, $s: Severity!) @trace(label: \"flag\") { flag(id: $id, severity: $s) { id severity } merge(ids: [\"a\", \"b\"], into: \"c\") { id } }",
        "subscription OnClue($min: Severity = MEDIUM) { clueAdded(minSeverity: $min) { id severity payload } }",
        "query WithFragments { people(names: [\"a\"]) { ...PersonBits relatives(depth: 2) { ...PersonBits } } } fragment PersonBits on Person { id name ... on Timestamped { createdAt } clues { ...ClueBits } } fragment ClueBits on Clue { id severity @include(if: true) }",
        "query ($skip: Boolean!, $n: Int @sensitive) { people(first: $n) @mask @mask { name @skip(if: $skip) ... @since(v: 2) { idNumber } } ping(echo: {a: [1, 2.5, \"x\", null, ENUMISH]}) }",
        "{ __schema { types { name kind fields(includeDeprecated: true) { name args { name defaultValue } type { kind name ofType { kind name } } } } } __type(name: \"Clue\") { name } }",
        "query A { version } query B { clue(id: 1) { id } } fragment Unused on Company { creditCode }",
        "{ entity(by: {id: \"1\", creditCode: \"x\"}) { name } a: version a: ping }",
        "query ($f: ClueFilter) { clues(filter: $f) { subject { __typename ... on Company { officers { name } parent { parent { name } } } } } }",
    ];

    private static readonly Lazy<IReadOnlyList<string>> All = new(Load);

    public static IReadOnlyList<string> Documents => All.Value;

    private static IReadOnlyList<string> Load()
    {
        var seeds = new List<string>(Own) { KitchenSinks.Executable, KitchenSinks.Schema };
        var corpus = CorpusDirectory();
        if (corpus is not null)
        {
            foreach (var file in Directory.GetFiles(corpus, "*.jsonl").Order(StringComparer.Ordinal))
            {
                foreach (var line in File.ReadLines(file).Where(l => l.Length > 0))
                {
                    using var json = JsonDocument.Parse(line);
                    seeds.Add(json.RootElement.GetProperty("query").GetString()!);
                }
            }
        }

        return seeds;
    }

    private static string? CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var corpus = Path.Combine(dir.FullName, "tests", "Clues.GraphQL.Tests", "Oracle", "corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        return null;
    }
}
