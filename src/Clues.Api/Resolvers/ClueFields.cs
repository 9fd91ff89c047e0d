using Clues.Api.Authorization;
using Clues.Core.Access;
using Clues.Core.Model;
using Clues.GraphQL.Execution;
using Clues.GraphQL.Schema;

namespace Clues.Api.Resolvers;

/// <summary>
/// Binds every field of the GraphQL <c>Clue</c> type behind one gate: the caller must hold
/// <see cref="Permission.ReadClue"/>, and the read is audited (<see cref="ClueReadAudit"/>) before the value is
/// returned; a clue outside the caller's jurisdiction is refused (FORBIDDEN). Gating the fields of the type, rather than each place that returns clues (node, nodes, search, the
/// clues connections, key persons, …), means a clue cannot be served by a path someone forgot to audit.
/// </summary>
internal static class ClueFields
{
    /// <summary>The Clue fields read straight from the record; a new SDL field must be added here or in the related ones.</summary>
    private static readonly IReadOnlyDictionary<string, Func<Clue, object?>> Scalars = new Dictionary<string, Func<Clue, object?>>
    {
        ["id"] = clue => NodeViews.GlobalIdOf(clue),
        ["code"] = clue => clue.Code,
        ["source"] = clue => clue.Source,
        ["receivedOn"] = clue => clue.ReceivedOn,
        ["summary"] = clue => clue.Summary,
        ["problems"] = clue => clue.Problems,
        ["status"] = clue => clue.Status,
        ["evidence"] = clue => clue.Evidence,
        ["hasSealedReporter"] = clue => clue.HasSealedReporter,
    };

    /// <summary>
    /// The fields bound behind the gate so far. A test compares it with the schema's Clue type: a field added to the
    /// SDL but not here would be served by the default property binding, ungated and unaudited.
    /// </summary>
    public static IReadOnlySet<string> GatedFields(IEnumerable<string> related) => Scalars.Keys.Concat(related).ToHashSet(StringComparer.Ordinal);

    /// <summary>Binds the record fields and the given relationship fields of <c>Clue</c>, all gated.</summary>
    public static SchemaBuilder AddClueFields(this SchemaBuilder builder, IReadOnlyDictionary<string, Func<ResolveContext, Task<object?>>> related)
    {
        Bound = GatedFields(related.Keys);
        var type = builder.Type("Clue");
        foreach (var (name, read) in Scalars)
        {
            type.Field(name, Gate(context => Task.FromResult(read(context.ParentAs<Clue>()))));
        }

        foreach (var (name, resolve) in related)
        {
            type.Field(name, Gate(resolve));
        }

        return builder;
    }

    /// <summary>The gated fields of the last schema built (see <see cref="GatedFields"/>).</summary>
    public static IReadOnlySet<string> Bound { get; private set; } = new HashSet<string>();

    private static FieldResolver Gate(Func<ResolveContext, Task<object?>> resolve) => async context =>
    {
        CallerAccess.Demand(context, Permission.ReadClue);

        // A clue drawn in a neighbourhood comes as its traversal reference when only its id is selected (DrawnNode
        // allows nothing else), so the record need not be loaded; the permission, jurisdiction and audit are the same.
        var drawn = context.Parent as DrawnNode;
        var clueId = drawn?.Id ?? context.ParentAs<Clue>().Id;

        // Lists, traversals and analyses already leave out clues outside the caller's jurisdiction; this gate is
        // the last line, so a clue that turns up by any other path still keeps its content with its office
        // (need to know: a clue of a higher level or another county stays with its office).
        if (!await CallerAccess.IsVisibleAsync(context, clueId))
        {
            await ClueReadAudit.RecordDeniedAsync(context, clueId);
            throw new GraphQLException(
                "This clue belongs to an office outside your jurisdiction.",
                new Dictionary<string, object?> { ["code"] = CallerAccess.Forbidden, ["permission"] = nameof(Permission.ReadClue) });
        }

        await ClueReadAudit.RecordAsync(context, clueId);
        return drawn is null ? await resolve(context) : NodeViews.GlobalIdOf(drawn);
    };
}
