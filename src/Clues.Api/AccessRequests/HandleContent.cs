using Clues.Core.Identifiers;

namespace Clues.Api.AccessRequests;

/// <summary>What a hidden-connection handle stands for; known to the server only.</summary>
/// <param name="RequesterOffice">The office it was issued to; no other office can use it.</param>
/// <param name="Owner">The office that owns the hidden nodes.</param>
/// <param name="NodeIds">The hidden nodes' store ids.</param>
/// <param name="Expires">After this the handle is refused (the graph may have changed); query again for a fresh one.</param>
internal sealed record HandleContent(DivisionCode RequesterOffice, DivisionCode Owner, IReadOnlyList<string> NodeIds, DateTimeOffset Expires);
