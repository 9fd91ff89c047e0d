using Clues.Core.Graph;

namespace Clues.Graph.Neo4j;

/// <summary>The Neo4j server refused a request; <see cref="Code"/> is Neo4j's status code.</summary>
public sealed class Neo4jServerException : GraphStoreException
{
    /// <summary>Creates the exception for one error the server reported.</summary>
    public Neo4jServerException(string code, string message)
        : base(message) => Code = code;

    /// <summary>Neo4j's status code, e.g. <c>Neo.ClientError.Statement.SyntaxError</c>, or <c>Http.NNN</c> when the server sent none.</summary>
    public string Code { get; }
}
