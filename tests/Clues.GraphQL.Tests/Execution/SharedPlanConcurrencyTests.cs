using Clues.GraphQL.Execution;
using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Execution;

public sealed class SharedPlanConcurrencyTests
{
    private const string Sdl = """
        interface Item { id: ID! }
        type A implements Item { id: ID! a: String! }
        type B implements Item { id: ID! b: String! }
        type C implements Item { id: ID! }
        type Query { items: [Item!]! }
        """;

    [Fact]
    public async Task One_document_run_on_many_threads_completes_each_item_with_its_own_types_fields()
    {
        var schema = Run.BuildSchema(Sdl);
        // Parsed once: concurrent requests for one cached document share its field plans and their per-type caches.
        var document = Parser.Parse("{ items { id ... on A { a } ... on B { b } } }");
        var items = Enumerable.Range(0, 60).Select(i => (i % 3) switch
        {
            0 => new Dictionary<string, object?> { ["__typename"] = "A", ["id"] = $"a{i}", ["a"] = "甲" },
            1 => new Dictionary<string, object?> { ["__typename"] = "B", ["id"] = $"b{i}", ["b"] = "乙" },
            _ => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["__typename"] = "C", ["id"] = $"c{i}" },
        }).ToList();
        var root = new Dictionary<string, object?> { ["items"] = items };

        var failures = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var errors = new List<string>();
            for (var run = 0; run < 400; run++)
            {
                var result = await Executor.ExecuteAsync(new ExecutionRequest { Schema = schema, Document = document, RootValue = root });
                var json = result.ToJson();
                if (result.Errors.Count > 0 || json.Contains("\"a\":\"乙\"", StringComparison.Ordinal) || json.Contains("\"b\":\"甲\"", StringComparison.Ordinal))
                {
                    errors.Add(json);
                }
            }

            return errors;
        })));

        Assert.Empty(failures.SelectMany(f => f).Take(3));
    }
}
