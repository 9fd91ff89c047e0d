namespace Clues.Redis.Configuration;

/// <summary>Where and how to reach one Redis server; parsed from <c>Redis:Configuration</c> by
/// <see cref="RedisConfigurationParser"/>.</summary>
internal sealed record RedisConnectionOptions
{
    public const int DefaultPort = 6379;

    public required string Host { get; init; }

    public int Port { get; init; } = DefaultPort;

    /// <summary>ACL user name; null authenticates as <c>default</c> (requirepass) when a password is given.</summary>
    public string? User { get; init; }

    public string? Password { get; init; }

    public bool Ssl { get; init; }

    /// <summary>Name to check the server certificate against; defaults to <see cref="Host"/>.</summary>
    public string? SslHost { get; init; }

    public int Database { get; init; }

    /// <summary>Shown in <c>CLIENT LIST</c>, so operators can see which service holds a connection.</summary>
    public string? ClientName { get; init; }

    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan CommandTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>First pause after a failed connect; doubles per failure up to <see cref="ReconnectMaxDelay"/>.</summary>
    public TimeSpan ReconnectMinDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan ReconnectMaxDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>host:port as written in messages; IPv6 addresses in brackets.</summary>
    public string Endpoint => Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]:{Port}" : $"{Host}:{Port}";

    /// <summary>Checks ranges; the parser calls it, and tests that build options directly should too.</summary>
    /// <exception cref="InvalidOperationException">A value is out of range; the message names it.</exception>
    public RedisConnectionOptions Validate()
    {
        Require(!string.IsNullOrWhiteSpace(Host), "the host is empty; write it as host:port, e.g. 127.0.0.1:6379");
        Require(Port is > 0 and <= 65535, $"port {Port} is outside 1-65535");
        Require(Database is >= 0 and <= 65535, $"defaultDatabase {Database} is negative or too large");
        Require(User is null || Password is not null, $"user '{User}' is given without password=...; ACL users always need one");
        Require(ConnectTimeout > TimeSpan.Zero, "connectTimeout must be a positive number of milliseconds");
        Require(CommandTimeout > TimeSpan.Zero, "asyncTimeout/syncTimeout must be a positive number of milliseconds");
        Require(ReconnectMinDelay > TimeSpan.Zero && ReconnectMaxDelay >= ReconnectMinDelay,
            "the reconnect delays must be positive with the maximum at least the minimum");
        return this;
    }

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Redis:Configuration is invalid: {problem}.");
        }
    }

    /// <summary>Never prints the password: options end up in logs.</summary>
    public override string ToString() =>
        $"{Endpoint} (user {User ?? "default"}, password {(Password is null ? "none" : "set")}, ssl {Ssl}, db {Database})";
}
