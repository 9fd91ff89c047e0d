namespace Clues.GraphQL.Tests.Oracle;

/// <summary>
/// Finds the graphql-js oracle's folder and fails the calling test when its packages are missing:
/// a differential test that passes without its oracle would claim agreement it never checked.
/// </summary>
internal static class OracleFolder
{
    public static string Require(string oracleDirectory)
    {
        Assert.True(
            File.Exists(Path.Combine(oracleDirectory, "node_modules", "graphql", "package.json")),
            $"graphql-js, the test oracle, is not installed in {oracleDirectory}. Run: npm ci --prefix {oracleDirectory} (test.sh does this).");
        return oracleDirectory;
    }
}
