using Clues.GraphQL.Language;

namespace Clues.GraphQL.Execution;

/// <summary>A client-facing error that knows which document node it is about (argument coercion errors).</summary>
internal sealed class LocatedException : GraphQLException
{
    public LocatedException(string message, SyntaxNode? node)
        : base(message)
    {
        Node = node;
    }

    public SyntaxNode? Node { get; }
}
