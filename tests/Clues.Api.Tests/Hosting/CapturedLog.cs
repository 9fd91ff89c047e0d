using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Clues.Api.Tests.Hosting;

/// <summary>Keeps every log entry of a host (message and exception), so a test can find what the operators would see.</summary>
public sealed class CapturedLog : ILoggerProvider, ILogger
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyCollection<string> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            _entries.Enqueue($"{logLevel}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
        }
    }

    public void Dispose()
    {
        // The entries outlive the host on purpose: tests read them after a request.
    }
}
