namespace Clues.GraphQL.Schema;

/// <summary>A CLR enum bound to an SDL enum.</summary>
internal sealed record EnumBinding(Type ClrType, string EnumName);
