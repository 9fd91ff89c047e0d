using System.Text;
using Clues.GraphQL.Language;
using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;
using Clues.GraphQL.Validation;

namespace Clues.GraphQL.Tests.Validation;

/// <summary>An expected validation error: message and (line, column) pairs.</summary>
internal sealed record Expected(string Message, params (int Line, int Column)[] Locations);

/// <summary>
/// Runs one rule (or all) over a document against the test schema and compares the errors, message by message
/// and location by location, printing both lists on mismatch.
/// </summary>
internal static class ValidationHarness
{
    /// <summary>A pet-shop schema in the spirit of graphql-js's validation harness, written for these tests.</summary>
    public const string Sdl = """
        schema { query: QueryRoot mutation: MutationRoot subscription: SubscriptionRoot }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatableOnField repeatable on FIELD
        directive @withArgs(req: Int!, opt: String = "x", flag: Boolean) on FIELD | QUERY

        interface Mammal { mother: Mammal father: Mammal }
        interface Pet { name(surname: Boolean): String }
        interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }

        enum DogCommand { SIT HEEL DOWN }
        enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        type Alien { name: String numEyes: Int }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf { stringField: String intField: Int }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
        }

        type MutationRoot { rename(name: String!): Dog }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          deletedEmails: [String]
        }
        """;

    private static readonly Lazy<GraphQLSchema> LazySchema = new(() => Build(Sdl));

    /// <summary>The test schema.</summary>
    public static GraphQLSchema TestSchema => LazySchema.Value;

    /// <summary>Builds a schema from SDL.</summary>
    public static GraphQLSchema Build(string sdl) => new SchemaBuilder().AddTypeDefinitions(sdl).Build();

    /// <summary>Runs <paramref name="rule"/> alone (limits off unless <paramref name="options"/> say otherwise).</summary>
    public static IReadOnlyList<ValidationError> Run(
        Func<ValidationContext, ValidationRule> rule,
        string query,
        GraphQLSchema? schema = null,
        ValidationOptions? options = null)
        => DocumentValidator.Run(schema ?? TestSchema, Parser.Parse(query), [rule], options);

    /// <summary>Asserts that <paramref name="rule"/> finds nothing.</summary>
    public static void ExpectValid(Func<ValidationContext, ValidationRule> rule, string query, GraphQLSchema? schema = null)
        => ExpectErrors(rule, query, schema, []);

    /// <summary>Asserts that <paramref name="rule"/> reports exactly <paramref name="expected"/>, in order.</summary>
    public static void ExpectErrors(Func<ValidationContext, ValidationRule> rule, string query, params Expected[] expected)
        => ExpectErrors(rule, query, null, expected);

    /// <summary>Asserts that <paramref name="rule"/> reports exactly <paramref name="expected"/> against <paramref name="schema"/>.</summary>
    public static void ExpectErrors(Func<ValidationContext, ValidationRule> rule, string query, GraphQLSchema? schema, params Expected[] expected)
        => AssertSame(expected, Run(rule, query, schema));

    /// <summary>Compares expected and actual errors with a readable diff.</summary>
    public static void AssertSame(IReadOnlyList<Expected> expected, IReadOnlyList<ValidationError> actual)
    {
        var want = new StringBuilder();
        foreach (var e in expected)
        {
            want.Append(e.Message).Append(" @ ").AppendJoin(", ", e.Locations.Select(l => $"{l.Line}:{l.Column}")).Append('\n');
        }

        var got = new StringBuilder();
        foreach (var a in actual)
        {
            got.Append(a.Message).Append(" @ ").AppendJoin(", ", a.Locations.Select(l => $"{l.Line}:{l.Column}")).Append('\n');
        }

        Assert.Equal(want.ToString(), got.ToString());
    }
}
