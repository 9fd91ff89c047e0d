namespace Clues.Api.Resolvers;

/// <summary>One item of a connection page: its cursor and the link it shows.</summary>
internal sealed record ConnectionEdge(string Cursor, Link Item);
