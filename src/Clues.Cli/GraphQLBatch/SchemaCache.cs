using Clues.GraphQL.Schema;
using Clues.GraphQL.Types;

namespace Clues.Cli.GraphQLBatch;

/// <summary>
/// Builds each distinct SDL once: corpora reuse a handful of schemas across hundreds of cases, and a schema also
/// carries the engine's document plan cache.
/// </summary>
internal sealed class SchemaCache
{
    // Bounded so a corpus with a distinct SDL per line cannot grow memory without limit.
    private const int Capacity = 256;

    private readonly Dictionary<string, SchemaCached> _built = new(StringComparer.Ordinal);

    public SchemaCached Get(string sdl)
    {
        if (_built.TryGetValue(sdl, out var cached))
        {
            return cached;
        }

        if (_built.Count >= Capacity)
        {
            _built.Clear();
        }

        cached = Build(sdl);
        _built[sdl] = cached;
        return cached;
    }

    private static SchemaCached Build(string sdl)
    {
        // The first build only discovers the object types and fields; the second binds the case resolver to
        // every one of them, since the conventions ($error, $byArgs) need more than the default resolver.
        GraphQLSchema plain;
        try
        {
            plain = new SchemaBuilder().AddTypeDefinitions(sdl).Build();
        }
        catch (SchemaBuildException e)
        {
            return new SchemaCached(null, e.Errors);
        }

        var builder = new SchemaBuilder().AddTypeDefinitions(sdl);
        foreach (var type in plain.Types)
        {
            if (type is not ObjectType objectType || objectType.IsIntrospectionType)
            {
                continue;
            }

            foreach (var field in objectType.Fields)
            {
                if (!field.Name.StartsWith("__", StringComparison.Ordinal))
                {
                    builder.Resolve(objectType.Name + "." + field.Name, CaseResolvers.Resolve);
                }
            }
        }

        try
        {
            return new SchemaCached(builder.Build(), []);
        }
        catch (SchemaBuildException e)
        {
            return new SchemaCached(null, e.Errors);
        }
    }
}
