namespace Clues.Redis.Tests.Infrastructure;

/// <summary>Finds the Redis executables the tests run. A missing one fails the test with the package to install,
/// never skips it: CI installs them, and a silently skipped suite proves nothing.</summary>
public static class RedisTools
{
    public static string Server => Find("redis-server", "redis-server");

    public static string Cli => Find("redis-cli", "redis-tools");

    private static string Find(string executable, string debianPackage)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var directory in path.Split(Path.PathSeparator).Append("/usr/bin").Append("/usr/local/bin"))
        {
            var candidate = Path.Combine(directory, executable);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"{executable} is not installed, and the Redis tests run against a real server. Install the Debian package '{debianPackage}' (apt-get install -y {debianPackage}).");
    }
}
