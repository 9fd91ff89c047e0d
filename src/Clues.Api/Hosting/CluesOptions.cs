using System.ComponentModel.DataAnnotations;

namespace Clues.Api.Hosting;

/// <summary>
/// Settings of the Clues API, bound from the <c>Clues</c> configuration section and checked when the host starts.
/// The GraphQL endpoint's own limits live in <c>Clues:GraphQL</c> (see <see cref="Clues.GraphQL.Http.GraphQLHttpOptions"/>).
/// </summary>
public sealed record CluesOptions
{
    /// <summary>The configuration section these options are bound from.</summary>
    public const string SectionName = "Clues";

    /// <summary>Folder of the embedded graph store; relative paths are taken from the content root. Created when missing.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = string.Empty;

    /// <summary>Fill an empty store with the deterministic demo data set (about 2k nodes) at start (default true).</summary>
    public bool SeedDemoWhenEmpty { get; set; } = true;

    /// <summary>The SDL file of the API, relative to the application's base directory (default <c>schema/clues.graphql</c>).</summary>
    [Required(AllowEmptyStrings = false)]
    public string SchemaFile { get; set; } = "schema/clues.graphql";

    /// <summary>Where the GraphQL endpoint (and GraphiQL) is mapped (default <c>/graphql</c>).</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@"^/[A-Za-z0-9_\-/]*$", ErrorMessage = "GraphQLPath must be a literal path starting with '/'.")]
    public string GraphQLPath { get; set; } = "/graphql";
}
