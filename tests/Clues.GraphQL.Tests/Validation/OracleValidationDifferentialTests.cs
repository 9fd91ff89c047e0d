using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Clues.GraphQL.Language;
using Clues.GraphQL.Validation;
using Clues.GraphQL.Tests.Oracle;

namespace Clues.GraphQL.Tests.Validation;

/// <summary>
/// Runs every specified rule over a corpus and compares the errors (message and locations) with graphql-js, the
/// pinned test oracle in ../Oracle. Errors are compared as multisets per document: rules that need every fragment
/// (variable rules) report when the document is left rather than when each operation is left, so the order across
/// rules may differ. Fails, naming the
/// fix, when the oracle's node_modules are absent.
/// </summary>
public sealed class OracleValidationDifferentialTests
{
    private static readonly string[] Corpus =
    [
        "{ dog { name } }",
        "query Q { dog { ...DogFields } } fragment DogFields on Dog { name barkVolume }",
        "type Cow { name: String } { dog { name } } extend type Dog { x: Int } schema { query: QueryRoot }",
        "query A { dog { name } } query A { cat { name } } { alien { name } }",
        "subscription S { importantEmails spamEmails ...F } fragment F on SubscriptionRoot { __typename deletedEmails }",
        "subscription { __typename }",
        "query Q($a: Dogg, $b: ComplexInput, $c: Cat, $d: [FurColor!]) { dog { ... on Catt { name } ... on Boolean { x } } }",
        "fragment F on String { x } fragment G on ComplexInput { y } { dog { ...F ...G } }",
        "{ dog { name { first } mother } human { relatives } __typename }",
        "{ dog { nam meowVolume } pet { meows } catOrDog { name } dogOrHuman { mother { name } } humanOrAlien { numEyes } }",
        "{ dog { ...A } } fragment A on Dog { name } fragment A on Dog { barks } fragment Unused on Cat { meows }",
        "{ dog { ...Missing ... on Dog { ...AlsoMissing } } }",
        "{ dog { ...A } } fragment A on Dog { mother { ...B } } fragment B on Dog { ...C father { ...A } } fragment C on Dog { ...B }",
        "{ dog { ...CatFrag ... on Cat { meows } } humanOrAlien { ... on Pet { name } } } fragment CatFrag on Cat { meows }",
        "query Q($a: Int, $a: String, $b: Int) { dog { isAtLocation(x: $a, y: $c) } }",
        "query Q($a: Int) { dog { ...F } } query R { dog { ...F } } fragment F on Dog { isAtLocation(x: $a, y: $b) }",
        "query ($unused: Int, $used: Boolean) { dog @include(if: $used) { name } }",
        "query Q($v: Int @onField) @onMutation { dog @unknown @onQuery { name ...F @onInlineFragment ... @onFragmentSpread { name } } } fragment F on Dog @include(if: true) { name }",
        "{ dog @onField @onField @repeatableOnField @repeatableOnField { name @skip(if: true) @skip(if: false) } }",
        "{ dog { doesKnowCommand(dogcommand: SIT) isAtLocation(z: 1) name(surname: true, surname: false) } cat @skip(iff: true, unless: false) { name } }",
        "{ complicatedArgs { multipleReqs(req2: 2) multipleOptAndReq nonNullFieldWithDefault } dog @include @withArgs(opt: \"y\") { name } }",
        "{ complicatedArgs { intArgField(intArg: \"3\") a: intArgField(intArg: 2147483648) b: floatArgField(floatArg: true) c: idArgField(idArg: 1.0) d: stringArgField(stringArg: 1) e: booleanArgField(booleanArg: TRUE) f: idArgField(idArg: 12) g: floatArgField(floatArg: 12) } }",
        "{ complicatedArgs { enumArgField(enumArg: brown) a: enumArgField(enumArg: \"BROWN\") b: enumArgField(enumArg: 2) c: enumArgField(enumArg: TRUE) d: enumArgField(enumArg: NO_FUR) e: enumArgField(enumArg: [BROWN]) } }",
        "{ complicatedArgs { nonNullIntArgField(nonNullIntArg: null) stringListNonNullArgField(stringListNonNullArg: [\"a\", null]) stringListArgField(stringListArg: [\"one\", 2]) intArgField(intArg: [1, 2]) } }",
        "{ complicatedArgs { complexArgField(complexArg: {intField: 4, requriedField: true, intField: 5}) a: intArgField(intArg: {x: 1}) b: complexArgField(complexArg: [{requiredField: true}]) c: complexArgField(complexArg: \"str\") } }",
        "query Q($a: Int = \"one\", $b: ComplexInput = {intField: 3}, $c: Int! = null, $d: [String] = [1]) { dog { name } }",
        "query Q($s: String, $i: Int!, $o: OneOfInput) { complicatedArgs { oneOfArgField(oneOfArg: {stringField: $s}) a: oneOfArgField(oneOfArg: {intField: $i}) b: oneOfArgField(oneOfArg: $o) c: oneOfArgField(oneOfArg: {stringField: \"a\", intField: 1}) d: oneOfArgField(oneOfArg: {}) e: oneOfArgField(oneOfArg: {stringField: null}) f: oneOfArgField(oneOfArg: {stringField: 3}) } }",
        "query Q($a: Int, $b: Int = 1, $c: Int = null, $d: [String], $e: Boolean, $f: String) { complicatedArgs { nonNullIntArgField(nonNullIntArg: $a) x: nonNullIntArgField(nonNullIntArg: $b) y: nonNullIntArgField(nonNullIntArg: $c) stringListNonNullArgField(stringListNonNullArg: $d) complexArgField(complexArg: {requiredField: $e, stringField: $f}) nonNullFieldWithDefault(arg: $a) } dog @include(if: $e) { name } }",
        "query Q($a: String) { complicatedArgs { ...F } } fragment F on ComplicatedArgs { stringListNonNullArgField(stringListNonNullArg: [$a]) intArgField(intArg: $a) }",
        "fragment F on Dog { name: nickname name doesKnowCommand(dogCommand: SIT) doesKnowCommand(dogCommand: HEEL) doesKnowCommand isAtLocation(x: 1, y: 2) isAtLocation(y: 2, x: 1) } { dog { ...F } }",
        "{ catOrDog { ... on Dog { volume: barkVolume x: name } ... on Cat { volume: meowsVolume x: meowsVolume } } pet { ... on Dog { n: name } ... on Pet { n: nickname } } }",
        "{ dog { mother { x: name } } dog { mother { x: nickname } } dog { ...A ...B } } fragment A on Dog { y: name mother { z: name } } fragment B on Dog { y: barks mother { z: nickname } }",
        "query Q($c: DogCommand) { dog { doesKnowCommand(dogCommand: $c) doesKnowCommand(dogCommand: SIT) k: doesKnowCommand(dogCommand: $c) k: doesKnowCommand(dogCommand: $c) } }",
        "{ dog { ...F } } fragment F on Dog { ...F fido: name fido: nickname }",
        "{ field(arg: { f1: 1, f1: 2, f2: { a: 1, a: 2 } }) dog { name } }",
        "{ dog { isAtLocation(x: 1) @skip(if: true) } ...on QueryRoot @include(if: false) { cat { name } } }",
        "mutation M { rename(name: 5) { name } rename { nickname } } subscription S { spamEmails deletedEmails @skip(if: true) }",
        "{ __schema { types { name fields { type { kind } } } } __type(name: \"Dog\") { name fieldz } dog { __schema { types { name } } } }",
        "query Q($x: [[Int!]!], $y: Boolean = true) @onQuery { dog @include(if: $y) { isAtLocation(x: $x) } }",
        "{ human(id: 4) { pets { ... on Dog { barks } ... on Cat { barks } } relatives { pets { name } } } }",
        "{ complicatedArgs { complexArgField(complexArg: {requiredField: true, nonNullField: null, stringListField: [\"a\", [\"b\"]]}) } }",
        "query Q($a: ComplexInput!) { complicatedArgs { complexArgField(complexArg: $a) intArgField(intArg: $a) } }",
        "{ dog { doesKnowCommand(dogCommand: sit) isHouseTrained(atOtherHomes: \"\"\"yes\"\"\") } }",
        "query Q($a: Boolean!) { dog { ...F @include(if: $a) } } fragment F on Dog @onFragmentDefinition { name @withArgs(req: $a, flag: $a) }",
    ];

    private const string BoxSdl = """
        interface SomeBox { deepBox: SomeBox unrelatedField: String }
        type StringBox implements SomeBox { scalar: String deepBox: StringBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        type IntBox implements SomeBox { scalar: Int deepBox: IntBox unrelatedField: String listStringBox: [StringBox] stringBox: StringBox intBox: IntBox }
        interface NonNullStringBox1 { scalar: String! }
        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 { scalar: String! unrelatedField: String deepBox: SomeBox }
        interface NonNullStringBox2 { scalar: String! }
        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 { scalar: String! unrelatedField: String deepBox: SomeBox }
        type T { a: String b: String c: String d: String deepField: T list: [T] f(a: Int, o: In): String }
        input In { p: Int q: Int }
        type Query { someBox: SomeBox field: T f1: T f2: T f3: T }
        """;

    private static readonly string[] BoxCorpus =
    [
        "{ someBox { ... on IntBox { scalar } ... on StringBox { scalar } ... on NonNullStringBox1 { scalar } ... on NonNullStringBox2 { scalar } } }",
        "{ someBox { ... on IntBox { box: stringBox { val: scalar val: unrelatedField } } ... on StringBox { box: stringBox { val: scalar } } } }",
        "{ someBox { ... on IntBox { box: listStringBox { scalar } } ... on StringBox { box: stringBox { scalar } } ... on SomeBox { deepBox { unrelatedField } } } }",
        "{ someBox { ...X ... on StringBox { deepBox { s: scalar } } } } fragment X on IntBox { deepBox { s: scalar } }",
        "{ field { ...F } field { ...I } } fragment F on T { x: a ...G } fragment G on T { y: c } fragment I on T { y: d ...J } fragment J on T { x: b }",
        "{ f1 { ...A ...B } f2 { ...B ...A } f3 { ...A ...B x: c } } fragment A on T { x: a } fragment B on T { x: b }",
        "{ f1 { ...A x: a } f2 { ...A x: c } } fragment A on T { ...B } fragment B on T { x: b ...C } fragment C on T { x: d ...A }",
        "{ field { deepField { x: a } deepField { x: b } } field { deepField { y: c } list { x: a } } field { list { x: b } } }",
        "{ field { f(a: 1, o: {p: 1, q: 2}) f(o: {q: 2, p: 1}, a: 1) g: f(a: 1) g: f(a: 2) h: f(o: {p: 1}) h: f(o: {p: 1, q: null}) } }",
        "{ a: field { a } a: f1 { a } b: field { a } b: field { b: a } ...on Query { a: f2 { b } } }",
        "{ field { ...F } } fragment F on T { deepField { ...F a } a: b }",
    ];

    [Fact]
    public void Every_rule_agrees_with_graphql_js_on_the_corpus()
        => Compare(ValidationHarness.Sdl, ValidationHarness.TestSchema, Corpus);

    [Fact]
    public void Field_merging_agrees_with_graphql_js_on_hard_cases()
        => Compare(BoxSdl, ValidationHarness.Build(BoxSdl), BoxCorpus);

    private static void Compare(string sdl, Types.GraphQLSchema schema, string[] corpus)
    {
        var oracle = RunOracle(sdl, corpus);
        if (oracle is null)
        {
            return;
        }

        var mismatches = new List<string>();
        for (var i = 0; i < corpus.Length; i++)
        {
            var ours = DocumentValidator.Run(schema, Parser.Parse(corpus[i]), SpecifiedRules.Spec)
                .Select(e => e.Message + " @ " + string.Join(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}")))
                .Order(StringComparer.Ordinal)
                .ToList();
            var theirs = oracle[i].Order(StringComparer.Ordinal).ToList();
            if (!ours.SequenceEqual(theirs))
            {
                mismatches.Add($"{corpus[i]}\n  only graphql-js: {string.Join("\n                   ", theirs.Except(ours))}\n  only ours:       {string.Join("\n                   ", ours.Except(theirs))}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n\n", mismatches));
    }

    private static List<List<string>>? RunOracle(string sdl, string[] documents, [CallerFilePath] string thisFile = "")
    {
        var oracleDirectory = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Oracle"));
        OracleFolder.Require(oracleDirectory);

        var start = new ProcessStartInfo("node", "validate-oracle.js")
        {
            WorkingDirectory = oracleDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // node is not installed
        }

        using (process)
        {
            process.StandardInput.Write(JsonSerializer.Serialize(new { schema = sdl, documents }));
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
            using var json = JsonDocument.Parse(output);
            var results = new List<List<string>>();
            foreach (var document in json.RootElement.EnumerateArray())
            {
                Assert.True(document.ValueKind == JsonValueKind.Array, document.ToString());
                results.Add(document.EnumerateArray()
                    .Select(e => e.GetProperty("message").GetString() + " @ "
                        + string.Join(", ", e.GetProperty("locations").EnumerateArray().Select(l => $"{l[0].GetInt32()}:{l[1].GetInt32()}")))
                    .ToList());
            }

            return results;
        }
    }
}
