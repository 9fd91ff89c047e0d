namespace Clues.Cli.Hosting;

/// <summary>
/// Finds a folder of the source repository that a verb needs at run time (the Node scripts of the benchmark
/// peers): the environment variable when set, else the path under the first folder above the program that
/// holds Clues.sln, so both a build output and `dotnet run` find the checkout's copy.
/// </summary>
internal static class RepositoryFolder
{
    public static string? Locate(string environmentVariable, params string[] pathInRepository)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(environmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Clues.sln")))
            {
                return Path.Combine([folder.FullName, .. pathInRepository]);
            }
        }

        return null;
    }
}
