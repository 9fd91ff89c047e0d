namespace Clues.Cli.Tests.GraphQL;

/// <summary>
/// Finds the graphql-js oracle folder (tests/Clues.GraphQL.Tests/Oracle) from the test binaries and fails the test
/// when its packages are missing: a differential test that passed without its oracle would claim agreement it
/// never checked.
/// </summary>
internal static class OracleLocation
{
    public const string RelativePath = "tests/Clues.GraphQL.Tests/Oracle";

    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Clues.sln")))
                {
                    return Path.Combine(dir.FullName, "tests", "Clues.GraphQL.Tests", "Oracle");
                }
            }

            throw new InvalidOperationException($"No Clues.sln above {AppContext.BaseDirectory}; the tests must run from a checkout.");
        }
    }

    public static string CorpusDirectory => Path.Combine(Directory, "corpus");

    public static void RequireInstalled()
    {
        Assert.True(
            File.Exists(Path.Combine(Directory, "node_modules", "graphql", "package.json")),
            $"graphql-js, the test oracle, is not installed in {Directory}. Run: npm ci --prefix {RelativePath}");
    }
}
