using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class VisitorTests
{
    private static readonly Document Small = Parser.Parse("query Q($v: Int) { a(x: $v) @d { b } ...F } fragment F on T { c }");

    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public Func<SyntaxNode, VisitAction>? OnEnterNode { get; init; }

        public override VisitAction Enter(SyntaxNode node, VisitContext context)
        {
            Events.Add($"enter {Describe(node)}");
            return OnEnterNode?.Invoke(node) ?? VisitAction.Continue;
        }

        public override VisitAction Leave(SyntaxNode node, VisitContext context)
        {
            Events.Add($"leave {Describe(node)}");
            return VisitAction.Continue;
        }

        private static string Describe(SyntaxNode node) => node is Name n ? $"Name {n.Value}" : node.Kind.ToString();
    }

    [Fact]
    public void Enter_and_leave_are_called_depth_first_in_graphql_js_order()
    {
        var recorder = new Recorder();
        Assert.True(recorder.Visit(Parser.Parse("{ al: f(x: 1) @d { g } }")));
        Assert.Equal(
            [
                "enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field",
                "enter Name al", "leave Name al", "enter Name f", "leave Name f",
                "enter Argument", "enter Name x", "leave Name x", "enter IntValue", "leave IntValue", "leave Argument",
                "enter Directive", "enter Name d", "leave Name d", "leave Directive",
                "enter SelectionSet", "enter Field", "enter Name g", "leave Name g", "leave Field", "leave SelectionSet",
                "leave Field", "leave SelectionSet", "leave OperationDefinition", "leave Document",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skipping_omits_the_subtree_and_its_leave()
    {
        var recorder = new Recorder { OnEnterNode = n => n.Kind == SyntaxKind.Field ? VisitAction.Skip : VisitAction.Continue };
        recorder.Visit(Parser.Parse("{ a { b } c }"));
        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter SelectionSet", "enter Field", "enter Field",
             "leave SelectionSet", "leave OperationDefinition", "leave Document"],
            recorder.Events);
    }

    [Fact]
    public void Stopping_ends_the_traversal_immediately()
    {
        var recorder = new Recorder { OnEnterNode = n => n is Name { Value: "b" } ? VisitAction.Stop : VisitAction.Continue };
        Assert.False(recorder.Visit(Parser.Parse("{ a { b c } d }")));
        Assert.Equal("enter Name b", recorder.Events[^1]);
        Assert.DoesNotContain(recorder.Events, e => e.Contains("Name c", StringComparison.Ordinal) || e.StartsWith("leave Field", StringComparison.Ordinal));
    }

    [Fact]
    public void Typed_handlers_receive_typed_nodes_and_abstract_types_cover_all_derived_kinds()
    {
        var fields = new List<string>();
        var values = 0;
        var leaves = new List<SyntaxKind>();
        new Visitor()
            .OnEnter<Field>((field, _) => fields.Add(field.ResponseKey))
            .OnEnter<ValueNode>((_, _) => values++)
            .OnLeave<ExecutableDefinition>((definition, _) => leaves.Add(definition.Kind))
            .Visit(Small);
        Assert.Equal(["a", "b", "c"], fields);
        // The argument value and the variable being defined are both ValueNodes (Variable derives from it).
        Assert.Equal(2, values);
        Assert.Equal([SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition], leaves);
    }

    [Fact]
    public void Context_exposes_parent_and_ancestors()
    {
        SyntaxNode? parentOfB = null;
        IReadOnlyList<SyntaxKind>? ancestorsOfB = null;
        new Visitor().OnEnter<Field>((field, context) =>
        {
            if (field.Name.Value == "b")
            {
                parentOfB = context.Parent;
                ancestorsOfB = context.Ancestors.Select(a => a.Kind).ToList();
            }
        }).Visit(Small);
        Assert.IsType<SelectionSet>(parentOfB);
        Assert.Equal(
            [SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.SelectionSet],
            ancestorsOfB);
    }

    [Fact]
    public void Several_handlers_for_one_kind_all_run_and_the_strongest_action_wins()
    {
        var calls = new List<string>();
        var fieldsSeen = 0;
        new Visitor()
            .OnEnter<Field>((_, _) => { calls.Add("first"); return VisitAction.Skip; })
            .OnEnter<SyntaxNode>((node, _) =>
            {
                if (node.Kind == SyntaxKind.Field)
                {
                    calls.Add("second");
                    fieldsSeen++;
                }
            })
            .Visit(Parser.Parse("{ a { b } }"));
        Assert.Equal(["first", "second"], calls);
        Assert.Equal(1, fieldsSeen);
        Assert.True(new Visitor().OnEnter<Field>((_, _) => VisitAction.Continue).HandlesEnter(SyntaxKind.Field));
        Assert.False(new Visitor().HandlesLeave(SyntaxKind.Field));
    }

    [Fact]
    public void Parallel_visitors_skip_and_stop_independently()
    {
        var skipper = new Recorder { OnEnterNode = n => n.Kind == SyntaxKind.SelectionSet ? VisitAction.Skip : VisitAction.Continue };
        var stopper = new Recorder { OnEnterNode = n => n.Kind == SyntaxKind.Argument ? VisitAction.Stop : VisitAction.Continue };
        var full = new Recorder();
        var completed = new ParallelVisitor(skipper, stopper, full).Visit(Parser.Parse("query Q { a(x: 1) { b } }"));

        Assert.True(completed);
        Assert.Equal(new Recorder().Also(r => r.Visit(Parser.Parse("query Q { a(x: 1) { b } }"))).Events, full.Events);
        Assert.Equal(
            ["enter Document", "enter OperationDefinition", "enter Name Q", "leave Name Q", "enter SelectionSet",
             "leave OperationDefinition", "leave Document"],
            skipper.Events);
        Assert.Equal("enter Argument", stopper.Events[^1]);
    }

    [Fact]
    public void A_parallel_visitor_stops_when_every_member_has_stopped_and_can_be_reused()
    {
        var a = new Recorder { OnEnterNode = n => n.Kind == SyntaxKind.Field ? VisitAction.Stop : VisitAction.Continue };
        var parallel = new ParallelVisitor(a);
        Assert.False(parallel.Visit(Parser.Parse("{ x }")));
        a.Events.Clear();
        Assert.False(parallel.Visit(Parser.Parse("{ y }")));
        Assert.Equal("enter Document", a.Events[0]);
        Assert.Equal("enter Field", a.Events[^1]);
        Assert.True(new ParallelVisitor().Visit(Parser.Parse("{ z }")));
    }

    private sealed class FieldCounter : SyntaxWalker
    {
        public List<string> Names { get; } = [];

        public override void VisitField(Field node)
        {
            Names.Add(node.Name.Value);
            if (node.Name.Value != "skipme")
            {
                base.VisitField(node);
            }
        }

        public override void VisitFragmentDefinition(FragmentDefinition node)
        {
            Names.Add("fragment " + node.Name.Value);
            base.VisitFragmentDefinition(node);
        }
    }

    [Fact]
    public void The_walker_dispatches_to_typed_methods_and_descends_through_the_base_call()
    {
        var walker = new FieldCounter();
        walker.Visit(Parser.Parse("{ a { b } skipme { hidden } } fragment F on T { c }"));
        Assert.Equal(["a", "b", "skipme", "fragment F", "c"], walker.Names);
    }

    private sealed class EverythingWalker : SyntaxWalker
    {
        public int Count { get; private set; }

        public override void Visit(SyntaxNode? node)
        {
            if (node is not null)
            {
                Count++;
            }

            base.Visit(node);
        }
    }

    [Fact]
    public void The_walker_and_the_visitor_see_the_same_nodes()
    {
        var document = Parser.Parse(KitchenSinks.Schema + "\n" + KitchenSinks.Executable, new ParseOptions { MaxTokens = null });
        var walker = new EverythingWalker();
        walker.Visit(document);
        var visited = 0;
        new Visitor().OnEnter<SyntaxNode>((_, _) => visited++).Visit(document);
        Assert.Equal(visited, walker.Count);
        Assert.True(visited > 300);
    }
}

internal static class RecorderExtensions
{
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
