using Clues.Graph.Neo4j.Cypher;
using Xunit.Abstractions;

namespace Clues.Graph.Neo4j.Tests;

/// <summary>Every statement of <see cref="Statements"/> passes Neo4j's own Cypher front end with no error.</summary>
public sealed class CypherLintTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_statement_the_adapter_sends_lints_with_no_error()
    {
        var statements = Statements.All().ToList();

        var results = await CypherLinter.LintAsync(statements);

        Assert.Equal(statements.Count, results.Count);
        var errors = new List<string>();
        foreach (var (name, diagnostics) in results)
        {
            foreach (var (severity, message) in diagnostics)
            {
                if (severity == 1)
                {
                    errors.Add($"{name}: {message}");
                }
                else
                {
                    output.WriteLine($"warning in {name}: {message}");
                }
            }
        }

        output.WriteLine($"{statements.Count} statements linted, {errors.Count} errors.");
        Assert.True(errors.Count == 0, "Cypher errors:\n" + string.Join('\n', errors));
    }

    [Fact]
    public async Task The_linter_catches_a_misspelt_keyword_and_an_undeclared_parameter()
    {
        var results = await CypherLinter.LintAsync(
        [
            new CypherStatement("misspelt", "MATCH (n:CluesNode) RETRN n"),
            new CypherStatement("undeclared", "MATCH (n:CluesNode {id: $id}) RETURN n"),
        ]);

        Assert.Contains(results[0].Diagnostics, d => d.Severity == 1);
        Assert.Contains(results[1].Diagnostics, d => d.Severity == 1 && d.Message.Contains("$id", StringComparison.Ordinal));
    }

    [Fact]
    public void Statement_names_are_unique_so_errors_point_at_one_statement()
    {
        var names = Statements.All().Select(s => s.Name).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
