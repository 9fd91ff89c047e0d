using Clues.Core.Graph;
using Clues.Core.Model;

namespace Clues.Api.Resolvers;

/// <summary>
/// Turns store records into the values GraphQL serves: the domain record of every label (<see cref="Person"/>,
/// <see cref="Unit"/>, …). The CLR type then decides the GraphQL type of a <c>Node</c> (see the bindings in
/// <see cref="CluesSchema"/>), and <see cref="LabelOf"/> gives the label for the node's global id.
/// </summary>
internal static class NodeViews
{
    public static object From(NodeRecord record) => NodeMapper.FromRecord(record);

    public static NodeLabel LabelOf(object node) => NodeMapper.LabelOf(node.GetType());

    public static string GlobalIdOf(object node) => node is DrawnNode drawn
        ? drawn.GlobalId ?? GlobalId.Encode(drawn.Label, drawn.Id)
        : GlobalId.Encode(LabelOf(node), ((IGraphNode)node).Id);
}
