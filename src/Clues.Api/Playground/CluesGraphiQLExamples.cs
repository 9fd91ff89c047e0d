using System.Text.Json;
using Clues.Api.Resolvers;
using Clues.Core.Graph;
using Clues.GraphQL.Http.GraphiQL;

namespace Clues.Api.Playground;

/// <summary>
/// The example operations GraphiQL opens with: one tab per demo scenario question an analyst asks first. The
/// documents live in <c>Playground/*.graphql</c> next to the binary (so they can be edited without a rebuild of the
/// page); the ids are passed as variables built here, because global ids are an encoding the files should not spell
/// out by hand.
/// </summary>
internal static class CluesGraphiQLExamples
{
    /// <summary>The folder, below the application's base directory, that holds the documents.</summary>
    public const string Folder = "Playground";

    /// <summary>Title, document file and variables of each example, in tab order.</summary>
    public static IReadOnlyList<(string Title, string File, IReadOnlyDictionary<string, object> Variables)> Definitions { get; } =
    [
        ("追踪两人之间的路径", "paths.graphql", new Dictionary<string, object>
        {
            ["from"] = GlobalId.Encode(NodeLabel.Person, "per-s1-cadre"),
            ["to"] = GlobalId.Encode(NodeLabel.Person, "per-s1-inlaw"),
        }),
        ("展开干部的关系网", "neighborhood.graphql", new Dictionary<string, object>
        {
            ["cadre"] = GlobalId.Encode(NodeLabel.Person, "per-s1-cadre"),
        }),
        ("利益冲突链", "conflicts.graphql", new Dictionary<string, object>
        {
            ["cadre"] = GlobalId.Encode(NodeLabel.Person, "per-s1-cadre"),
        }),
        ("重点人排名", "keypersons.graphql", new Dictionary<string, object>
        {
            ["county"] = GlobalId.Encode(NodeLabel.Jurisdiction, "jur-431421"),
        }),
        ("资金流向", "fundflow.graphql", new Dictionary<string, object>
        {
            ["fund"] = GlobalId.Encode(NodeLabel.Fund, "fund-s2"),
        }),
    ];

    /// <summary>Reads the documents from <paramref name="baseDirectory"/>/Playground.</summary>
    /// <param name="baseDirectory">Usually <see cref="AppContext.BaseDirectory"/>.</param>
    /// <returns>The examples, in tab order.</returns>
    /// <exception cref="FileNotFoundException">A document is missing, i.e. the build did not copy it.</exception>
    public static IReadOnlyList<GraphiQLExample> Load(string baseDirectory)
    {
        var indented = new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var examples = new List<GraphiQLExample>(Definitions.Count);
        foreach (var (title, file, variables) in Definitions)
        {
            var path = Path.Combine(baseDirectory, Folder, file);
            var query = File.ReadAllText(path).ReplaceLineEndings("\n");
            examples.Add(new GraphiQLExample(title, query, JsonSerializer.Serialize(variables, indented)));
        }

        return examples;
    }
}
