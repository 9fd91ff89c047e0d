using System.Globalization;

namespace Clues.Redis.Configuration;

/// <summary>Reads the StackExchange.Redis style configuration string
/// (<c>host:port,password=...,user=...,ssl=false,connectTimeout=5000,asyncTimeout=5000,defaultDatabase=0</c>), so the same
/// setting works if we later switch to the official client.</summary>
internal static class RedisConfigurationParser
{
    // Options of the StackExchange format that matter only to its own machinery; accepting them keeps a
    // configuration written for it valid here.
    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase)
    {
        "abortConnect", "allowAdmin", "connectRetry", "keepAlive", "resolveDns", "version", "tiebreaker",
        "configChannel", "configCheckSeconds", "checkCertificateRevocation", "responseTimeout", "channelPrefix",
        "highPrioritySocketThreads", "setlib", "protocol",
    };

    private static readonly string[] Supported =
        ["password", "user", "ssl", "sslHost", "connectTimeout", "syncTimeout", "asyncTimeout", "defaultDatabase", "name"];

    /// <exception cref="InvalidOperationException">The string is malformed; the message names the part and the fix.</exception>
    public static RedisConnectionOptions Parse(string configuration)
    {
        if (string.IsNullOrWhiteSpace(configuration))
        {
            throw Invalid("it is empty; give at least host:port, e.g. 127.0.0.1:6379");
        }

        string? endpoint = null;
        string? user = null, password = null, sslHost = null, name = null;
        bool ssl = false;
        int database = 0;
        TimeSpan? connectTimeout = null, syncTimeout = null, asyncTimeout = null;

        foreach (var raw in configuration.Split(','))
        {
            var part = raw.Trim();
            if (part.Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                if (endpoint is not null)
                {
                    throw Invalid($"it names two endpoints ('{endpoint}' and '{part}'); this client talks to exactly one server");
                }

                endpoint = part;
                continue;
            }

            var key = part[..equals].Trim();
            var value = part[(equals + 1)..].Trim();
            switch (key.ToLowerInvariant())
            {
                case "password":
                    password = value;
                    break;
                case "user":
                    user = value;
                    break;
                case "ssl":
                    ssl = ParseBool(key, value);
                    break;
                case "sslhost":
                    sslHost = value;
                    break;
                case "connecttimeout":
                    connectTimeout = ParseMilliseconds(key, value);
                    break;
                case "synctimeout":
                    syncTimeout = ParseMilliseconds(key, value);
                    break;
                case "asynctimeout":
                    asyncTimeout = ParseMilliseconds(key, value);
                    break;
                case "defaultdatabase":
                    database = ParseInt(key, value);
                    break;
                case "name":
                    name = value;
                    break;
                default:
                    if (!Ignored.Contains(key))
                    {
                        throw Invalid($"the option '{key}' is not supported; use {string.Join(", ", Supported)}");
                    }

                    break;
            }
        }

        if (endpoint is null)
        {
            throw Invalid("it has no host:port part, e.g. 127.0.0.1:6379");
        }

        var (host, port) = ParseEndpoint(endpoint);
        var options = new RedisConnectionOptions
        {
            Host = host,
            Port = port,
            User = string.IsNullOrEmpty(user) ? null : user,
            Password = string.IsNullOrEmpty(password) ? null : password,
            Ssl = ssl,
            SslHost = string.IsNullOrEmpty(sslHost) ? null : sslHost,
            Database = database,
            ClientName = string.IsNullOrEmpty(name) ? null : name,
        };

        // We are async only: asyncTimeout governs, syncTimeout is honoured when it is the only one given.
        var commandTimeout = asyncTimeout ?? syncTimeout;
        options = options with
        {
            ConnectTimeout = connectTimeout ?? options.ConnectTimeout,
            CommandTimeout = commandTimeout ?? options.CommandTimeout,
        };
        return options.Validate();
    }

    private static (string Host, int Port) ParseEndpoint(string endpoint)
    {
        string host;
        string? portText = null;
        if (endpoint.StartsWith('['))
        {
            var close = endpoint.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw Invalid($"the IPv6 endpoint '{endpoint}' lacks its closing ']'");
            }

            host = endpoint[1..close];
            var rest = endpoint[(close + 1)..];
            if (rest.Length > 0)
            {
                portText = rest.StartsWith(':') ? rest[1..] : throw Invalid($"expected :port after ']' in '{endpoint}'");
            }
        }
        else
        {
            var colon = endpoint.LastIndexOf(':');
            if (colon >= 0 && endpoint.IndexOf(':', StringComparison.Ordinal) != colon)
            {
                throw Invalid($"the IPv6 address '{endpoint}' must be written in brackets, e.g. [::1]:6379");
            }

            host = colon < 0 ? endpoint : endpoint[..colon];
            portText = colon < 0 ? null : endpoint[(colon + 1)..];
        }

        var port = RedisConnectionOptions.DefaultPort;
        if (portText is not null && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port is < 1 or > 65535))
        {
            throw Invalid($"the port '{portText}' in '{endpoint}' is not a number in 1-65535");
        }

        return (host, port);
    }

    private static bool ParseBool(string key, string value) => bool.TryParse(value, out var result)
        ? result
        : throw Invalid($"'{key}' must be true or false, got '{value}'");

    private static int ParseInt(string key, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Invalid($"'{key}' must be a non-negative whole number, got '{value}'");

    private static TimeSpan ParseMilliseconds(string key, string value)
    {
        var milliseconds = ParseInt(key, value);
        return milliseconds > 0
            ? TimeSpan.FromMilliseconds(milliseconds)
            : throw Invalid($"'{key}' must be a positive number of milliseconds, got '{value}'");
    }

    private static InvalidOperationException Invalid(string problem) =>
        new($"Redis:Configuration is invalid: {problem}.");
}
