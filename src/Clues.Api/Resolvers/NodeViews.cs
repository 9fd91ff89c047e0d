using System.Text.Json;
using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Api.Resolvers;

/// <summary>
/// Turns store records into the values GraphQL serves: the domain records (<see cref="Person"/>, <see cref="Unit"/>,
/// <see cref="Company"/>, <see cref="Clue"/>) for labels with a dedicated GraphQL type, <see cref="EntityNode"/> for the rest.
/// The CLR type then decides the GraphQL type of a <c>Node</c> (see the bindings in <see cref="CluesSchema"/>).
/// </summary>
internal static class NodeViews
{
    public static object From(NodeRecord record) => record.Label switch
    {
        NodeLabel.Person or NodeLabel.Unit or NodeLabel.Company or NodeLabel.Clue => NodeMapper.FromRecord(record),
        _ => new EntityNode(record.Id, record.Label, record.Name, JsonSerializer.SerializeToElement(record.Properties, NodeMapper.JsonOptions)),
    };
}
