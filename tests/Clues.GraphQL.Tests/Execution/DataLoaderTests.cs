using Clues.GraphQL.Execution;
using static Clues.GraphQL.Tests.Execution.Run;

namespace Clues.GraphQL.Tests.Execution;

public sealed class DataLoaderTests
{
    private sealed record Parent(int Id, int ChildId);

    private sealed record Child(int Id, string Name, int FriendId);

    [Fact]
    public async Task A_nested_list_of_100_parents_loads_all_children_in_one_batch_per_level()
    {
        var batches = new List<int>();
        Task<IReadOnlyDictionary<int, Child>> LoadChildren(IReadOnlyList<int> ids, CancellationToken ct)
        {
            lock (batches)
            {
                batches.Add(ids.Count);
            }

            IReadOnlyDictionary<int, Child> found = ids.ToDictionary(id => id, id => new Child(id, "child" + id, (id + 1) % 100));
            return Task.Run(async () => { await Task.Delay(5, ct); return found; }, ct);
        }

        var schema = BuildSchema("""
            type Query { parents: [Parent!]! }
            type Parent { id: Int! child: Child }
            type Child { name: String! friend: Child }
            """, b => b
            .Resolve("Query.parents", _ => Enumerable.Range(0, 100).Select(i => new Parent(i, i)).ToList())
            .Resolve("Parent.child", ctx => ctx.DataLoader<int, Child>("children", LoadChildren).LoadAsync(ctx.ParentAs<Parent>().ChildId))
            .Resolve<Child?>("Child.friend", async (ctx, _) => await ctx.DataLoader<int, Child>("children", LoadChildren).LoadAsync(ctx.ParentAs<Child>().FriendId)));

        var result = await ExecuteAsync(schema, "{ parents { id child { name friend { name } } } }");

        Assert.Empty(result.Errors);
        var parents = (IReadOnlyList<object?>)result.Data!["parents"]!;
        Assert.Equal(100, parents.Count);
        Assert.Contains("\"child\":{\"name\":\"child99\",\"friend\":{\"name\":\"child0\"}}", result.ToJson(), StringComparison.Ordinal);

        // Level one asks for 100 distinct children in one batch; the friends are all cached already.
        Assert.Equal([100], batches);
    }

    [Fact]
    public async Task Loads_issued_after_a_batch_resolves_are_batched_together_again()
    {
        var batches = new List<IReadOnlyList<string>>();
        Task<IReadOnlyDictionary<string, string>> Load(IReadOnlyList<string> keys, CancellationToken ct)
        {
            lock (batches)
            {
                batches.Add(keys);
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(keys.ToDictionary(k => k, k => k + "!"));
        }

        var schema = BuildSchema("type Query { items: [Item!]! } type Item { a: String b: String }", b => b
            .Resolve("Query.items", _ => new[] { 1, 2, 3 })
            .Resolve<string?>("Item.a", async (ctx, _) => await ctx.DataLoader<string, string>("l", Load).LoadAsync("a" + ctx.Parent))
            .Resolve<string?>("Item.b", async (ctx, _) =>
            {
                var first = await ctx.DataLoader<string, string>("l", Load).LoadAsync("b" + ctx.Parent);
                return await ctx.DataLoader<string, string>("l", Load).LoadAsync(first!);
            }));

        var result = await ExecuteAsync(schema, "{ items { a b } }");
        Assert.Empty(result.Errors);
        Assert.Equal(J("{'data':{'items':[{'a':'a1!','b':'b1!!'},{'a':'a2!','b':'b2!!'},{'a':'a3!','b':'b3!!'}]}}"), result.ToJson());
        Assert.Equal(2, batches.Count);
        Assert.Equal(["a1", "b1", "a2", "b2", "a3", "b3"], batches[0]);
        Assert.Equal(["b1!", "b2!", "b3!"], batches[1]);
    }

    [Fact]
    public async Task A_failing_batch_fails_every_waiting_field()
    {
        var schema = BuildSchema("type Query { xs: [X] } type X { v: String }", b => b
            .Resolve("Query.xs", _ => new[] { 1, 2 })
            .Resolve("X.v", ctx => ctx.DataLoader<int, string>("v", (_, _) => throw new InvalidOperationException("db down")).LoadAsync((int)ctx.Parent!)));

        var result = await ExecuteAsync(schema, "{ xs { v } }");
        Assert.Equal(2, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal("db down", e.Message));
    }
}
