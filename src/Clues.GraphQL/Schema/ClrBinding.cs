namespace Clues.GraphQL.Schema;

/// <summary>A CLR type bound to an SDL object type.</summary>
internal sealed record ClrBinding(Type ClrType, string TypeName);
