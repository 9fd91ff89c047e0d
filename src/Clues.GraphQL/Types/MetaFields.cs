namespace Clues.GraphQL.Types;

/// <summary>The implicit fields <c>__typename</c>, <c>__schema</c> and <c>__type</c> of one schema.</summary>
internal sealed record MetaFields(FieldDefinition TypeName, FieldDefinition Schema, FieldDefinition Type);
