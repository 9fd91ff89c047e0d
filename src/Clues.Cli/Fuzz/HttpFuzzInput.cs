namespace Clues.Cli.Fuzz;

/// <summary>One generated HTTP request.</summary>
/// <param name="Kind">Which generator made it (for the totals and the reproduction folder).</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Query">The URL query string (with the leading '?'), or empty.</param>
/// <param name="ContentType">The Content-Type header, or null for none.</param>
/// <param name="Authorization">The Authorization header, or null for none.</param>
/// <param name="Accept">The Accept header, or null for none.</param>
/// <param name="Body">The body, or null for none.</param>
/// <param name="Chunked">Send the body without a Content-Length (chunked), so the server cannot refuse it by its header.</param>
/// <param name="MayDropConnection">The server may close the connection instead of answering (a body far over the limit).</param>
internal sealed record HttpFuzzInput(
    string Kind,
    string Method,
    string Query,
    string? ContentType,
    string? Authorization,
    string? Accept,
    byte[]? Body,
    bool Chunked = false,
    bool MayDropConnection = false);
