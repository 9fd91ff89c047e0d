using Clues.GraphQL.Language;

namespace Clues.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void The_executable_kitchen_sink_parses()
    {
        var document = Parser.Parse(KitchenSinks.Executable);
        Assert.Equal(6, document.Definitions.Count);
        Assert.Equal(
            [SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition,
             SyntaxKind.FragmentDefinition, SyntaxKind.OperationDefinition, SyntaxKind.OperationDefinition],
            document.Definitions.Select(d => d.Kind));
        var operations = document.Definitions.OfType<OperationDefinition>().ToList();
        Assert.Equal(
            [OperationType.Query, OperationType.Mutation, OperationType.Subscription, OperationType.Query, OperationType.Query],
            operations.Select(o => o.Operation));
        Assert.Equal(["CaseOverview", "AddClue", "Watch", null, null], operations.Select(o => o.Name?.Value));
    }

    [Fact]
    public void Variable_definitions_keep_types_defaults_and_directives()
    {
        var operation = (OperationDefinition)Parser.Parse(KitchenSinks.Executable).Definitions[0];
        Assert.Equal(["caseId", "depth", "kinds", "filter"], operation.VariableDefinitions.Select(v => v.Variable.Name.Value));

        var caseId = operation.VariableDefinitions[0];
        var nonNull = Assert.IsType<NonNullType>(caseId.Type);
        Assert.Equal("ID", Assert.IsType<NamedType>(nonNull.Type).Name.Value);
        Assert.Null(caseId.DefaultValue);
        Assert.Empty(caseId.Directives);

        Assert.Equal("2", Assert.IsType<IntValue>(operation.VariableDefinitions[1].DefaultValue).Value);

        var kinds = operation.VariableDefinitions[2];
        var list = Assert.IsType<ListType>(kinds.Type);
        Assert.IsType<NonNullType>(list.Type);
        Assert.Equal(["PERSON", "COMPANY"], Assert.IsType<ListValue>(kinds.DefaultValue).Values.Cast<EnumValue>().Select(e => e.Value));
        Assert.Equal("deprecatedVar", Assert.Single(kinds.Directives).Name.Value);

        var filter = Assert.IsType<ObjectValue>(operation.VariableDefinitions[3].DefaultValue);
        Assert.Equal(["since", "score", "flags", "nested"], filter.Fields.Select(f => f.Name.Value));
        Assert.Equal("0.75", Assert.IsType<FloatValue>(filter.Fields[1].Value).Value);
        var flags = Assert.IsType<ListValue>(filter.Fields[2].Value).Values;
        Assert.True(Assert.IsType<BooleanValue>(flags[0]).Value);
        Assert.False(Assert.IsType<BooleanValue>(flags[1]).Value);
        Assert.IsType<NullValue>(flags[2]);
        Assert.Equal("trace", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Fields_have_aliases_arguments_directives_and_selections()
    {
        var operation = (OperationDefinition)Parser.Parse(KitchenSinks.Executable).Definitions[0];
        var caseField = Assert.IsType<Field>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Null(caseField.Alias);
        Assert.Equal("case", caseField.ResponseKey);
        Assert.IsType<Variable>(Assert.Single(caseField.Arguments).Value);

        var selections = caseField.SelectionSet!.Selections.Cast<Field>().ToList();
        Assert.Equal(["id", "headline", "lead", "notes", "score"], selections.Select(f => f.ResponseKey));
        Assert.Equal("title", selections[1].Name.Value);
        Assert.Equal("headline", selections[1].Alias!.Value);
        Assert.Null(selections[0].SelectionSet);

        var lead = selections[2];
        Assert.Equal("include", Assert.Single(lead.Directives).Name.Value);
        var leadSelections = lead.SelectionSet!.Selections;
        var onPerson = Assert.IsType<InlineFragment>(leadSelections[1]);
        Assert.Equal("Person", onPerson.TypeCondition!.Name.Value);
        Assert.Equal("since", Assert.Single(onPerson.Directives).Name.Value);
        var skipped = Assert.IsType<InlineFragment>(leadSelections[2]);
        Assert.Null(skipped.TypeCondition);
        Assert.Equal("skip", Assert.Single(skipped.Directives).Name.Value);
        var bare = Assert.IsType<InlineFragment>(leadSelections[3]);
        Assert.Null(bare.TypeCondition);
        Assert.Empty(bare.Directives);

        var employers = Assert.IsType<Field>(onPerson.SelectionSet.Selections[1]);
        var spread = employers.SelectionSet!.Selections.OfType<Field>().Single().SelectionSet!.Selections.OfType<Field>().Single()
            .SelectionSet!.Selections.OfType<FragmentSpread>().Single();
        Assert.Equal("CompanyBits", spread.Name.Value);
        Assert.Equal("mask", Assert.Single(spread.Directives).Name.Value);
    }

    [Fact]
    public void String_arguments_are_cooked_and_block_strings_dedented()
    {
        var operation = (OperationDefinition)Parser.Parse(KitchenSinks.Executable).Definitions[0];
        var notes = ((Field)operation.SelectionSet.Selections[0]).SelectionSet!.Selections.Cast<Field>().Single(f => f.ResponseKey == "notes");
        var text = Assert.IsType<StringValue>(notes.Arguments[0].Value);
        Assert.True(text.Block);
        Assert.Equal("Multi-line note with \"quotes\"\n  and an indented line, plus a \"\"\" triple quote.", text.Value);
        var plain = Assert.IsType<StringValue>(notes.Arguments[1].Value);
        Assert.False(plain.Block);
        Assert.Equal("tab\tnewline\nunicode \u00e9 \U0001F600 pair \U0001F600", plain.Value);
    }

    [Fact]
    public void Numbers_keep_their_raw_text_in_the_tree()
    {
        var value = Assert.IsType<ObjectValue>(Parser.ParseValue("{a: -1.5e3, b: 2E+10, c: 0, d: -0, e: 12345678901234567890}"));
        Assert.Equal(["-1.5e3", "2E+10", "0", "-0", "12345678901234567890"],
            value.Fields.Select(f => f.Value switch { IntValue i => i.Value, FloatValue x => x.Value, _ => "?" }));
        Assert.IsType<FloatValue>(value.Fields[0].Value);
        Assert.IsType<IntValue>(value.Fields[4].Value);
    }

    [Fact]
    public void Keywords_are_ordinary_names_in_selections_and_values()
    {
        var fragment = (FragmentDefinition)Parser.Parse(KitchenSinks.Executable).Definitions[3];
        Assert.Equal("CompanyBits", fragment.Name.Value);
        Assert.Equal("Company", fragment.TypeCondition.Name.Value);
        Assert.Equal(["name", "registeredAt", "on", "fragment", "query", "type", "true", "null"],
            fragment.SelectionSet.Selections.Cast<Field>().Select(f => f.ResponseKey));

        var shorthand = (OperationDefinition)Parser.Parse(KitchenSinks.Executable).Definitions[4];
        var unnamed = (Field)shorthand.SelectionSet.Selections[0];
        Assert.Equal("ON", Assert.IsType<EnumValue>(unnamed.Arguments[3].Value).Value);
        Assert.Equal("", Assert.IsType<StringValue>(unnamed.Arguments[4].Value).Value);
        Assert.Empty(Assert.IsType<ObjectValue>(unnamed.Arguments[5].Value).Fields);
        Assert.Empty(Assert.IsType<ListValue>(unnamed.Arguments[6].Value).Values);
    }

    [Fact]
    public void The_query_shorthand_is_an_anonymous_query()
    {
        var operation = Assert.IsType<OperationDefinition>(Assert.Single(Parser.Parse("{ a }").Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
    }

    [Fact]
    public void Lists_are_empty_rather_than_null()
    {
        var field = (Field)((OperationDefinition)Parser.Parse("{ a }").Definitions[0]).SelectionSet.Selections[0];
        Assert.NotNull(field.Arguments);
        Assert.Empty(field.Arguments);
        Assert.Empty(field.Directives);
    }

    [Fact]
    public void Locations_span_each_node_and_give_lines_and_columns()
    {
        var source = new Source("query Q {\n  node(id: 4) { id }\n}", "q.graphql");
        var document = Parser.Parse(source);
        Assert.Equal(0, document.Loc!.Start);
        Assert.Equal(source.Body.Length, document.Loc.End);
        var operation = (OperationDefinition)document.Definitions[0];
        Assert.Same(source, operation.Loc!.Source);
        var node = (Field)operation.SelectionSet.Selections[0];
        Assert.Equal("node(id: 4) { id }", source.Body[node.Loc!.Start..node.Loc.End]);
        Assert.Equal(new SourceLocation(2, 3), node.Loc.StartLocation);
        var argument = node.Arguments[0];
        Assert.Equal("id: 4", source.Body[argument.Loc!.Start..argument.Loc.End]);
        Assert.Equal(new SourceLocation(2, 12), argument.Value.Loc!.StartLocation);
        Assert.Equal("{ id }", source.Body[node.SelectionSet!.Loc!.Start..node.SelectionSet.Loc.End]);
    }

    [Fact]
    public void Type_locations_include_the_bang()
    {
        var type = Parser.ParseType("[ Int ! ] !");
        Assert.Equal(0, type.Loc!.Start);
        Assert.Equal(11, type.Loc.End);
        var inner = ((ListType)((NonNullType)type).Type).Type;
        Assert.Equal((2, 7), (inner.Loc!.Start, inner.Loc.End));
    }

    [Fact]
    public void No_location_leaves_loc_null_everywhere()
    {
        var document = Parser.Parse(KitchenSinks.Executable, new ParseOptions { NoLocation = true });
        var withLoc = 0;
        new Visitor().OnEnter<SyntaxNode>((node, _) =>
        {
            if (node.Loc is not null)
            {
                withLoc++;
            }
        }).Visit(document);
        Assert.Equal(0, withLoc);
    }

    [Fact]
    public void Parse_value_accepts_variables_and_parse_const_value_refuses_them()
    {
        var list = Assert.IsType<ListValue>(Parser.ParseValue("[123 \"abc\" $var {a: $b}]"));
        Assert.Equal(4, list.Values.Count);
        Assert.Equal("var", Assert.IsType<Variable>(list.Values[2]).Name.Value);

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[1, $var]"));
        Assert.Equal("Syntax Error: Unexpected variable \"$var\" in constant value.", error.Message);
        Assert.Equal(new SourceLocation(1, 5), error.Locations[0]);
        Assert.IsType<BooleanValue>(Parser.ParseConstValue("true"));
    }

    [Fact]
    public void Parse_value_handles_block_strings()
    {
        var value = Assert.IsType<StringValue>(Parser.ParseValue("\"\"\"\n  long\n    text\n\"\"\""));
        Assert.True(value.Block);
        Assert.Equal("long\n  text", value.Value);
    }

    [Fact]
    public void Parse_type_builds_wrapped_types()
    {
        var type = Parser.ParseType("[[String!]]!");
        var outer = Assert.IsType<NonNullType>(type);
        var list = Assert.IsType<ListType>(outer.Type);
        var innerList = Assert.IsType<ListType>(list.Type);
        var innerNonNull = Assert.IsType<NonNullType>(innerList.Type);
        Assert.Equal("String", Assert.IsType<NamedType>(innerNonNull.Type).Name.Value);
    }

    [Fact]
    public void Standalone_parsers_require_the_whole_input_to_be_consumed()
    {
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".",
            Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2")).Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".",
            Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int!!")).Message);
    }

    [Fact]
    public void Fragment_spread_named_like_a_keyword_other_than_on_is_allowed()
    {
        var selections = ((OperationDefinition)Parser.Parse("{ ...query ...fragment ... on on { x } }").Definitions[0]).SelectionSet.Selections;
        Assert.Equal("query", Assert.IsType<FragmentSpread>(selections[0]).Name.Value);
        Assert.Equal("fragment", Assert.IsType<FragmentSpread>(selections[1]).Name.Value);
        Assert.Equal("on", Assert.IsType<InlineFragment>(selections[2]).TypeCondition!.Name.Value);
    }

    [Fact]
    public void Comments_and_commas_anywhere_do_not_change_the_tree()
    {
        var plain = Parser.Parse("query Q($a: Int = 1) { f(x: [1 2], y: {a: 1 b: 2}) { g } }");
        var noisy = Parser.Parse("#c\nquery,Q#c\n(,$a#c\n:Int=#c\n1,),{,f(x:[1,#c\n2,],,y:{a:1,b:2,})#c\n{g,},}#end");
        Assert.True(SyntaxEquivalence.AreEquivalent(plain, noisy));
    }

    [Fact]
    public void Equivalence_ignores_locations_but_not_content()
    {
        Assert.True(SyntaxEquivalence.AreEquivalent(Parser.Parse("{a}"), Parser.Parse("{ a }", new ParseOptions { NoLocation = true })));
        Assert.False(SyntaxEquivalence.AreEquivalent(Parser.Parse("{a}"), Parser.Parse("{b}")));
        Assert.False(SyntaxEquivalence.AreEquivalent(Parser.Parse("{a: b}"), Parser.Parse("{b}")));
        Assert.False(SyntaxEquivalence.AreEquivalent(Parser.Parse("{a(x: 1)}"), Parser.Parse("{a(x: 1.0)}")));
        Assert.False(SyntaxEquivalence.AreEquivalent(Parser.Parse("{a(x: \"s\")}"), Parser.Parse("{a(x: \"\"\"s\"\"\")}")));
        Assert.False(SyntaxEquivalence.AreEquivalent(Parser.Parse("query {a}"), Parser.Parse("mutation {a}")));
    }

    [Fact]
    public void Child_nodes_follow_the_graphql_js_order()
    {
        var field = (Field)((OperationDefinition)Parser.Parse("{ al: f(a: 1) @d { x } }").Definitions[0]).SelectionSet.Selections[0];
        Assert.Equal([SyntaxKind.Name, SyntaxKind.Name, SyntaxKind.Argument, SyntaxKind.Directive, SyntaxKind.SelectionSet],
            field.ChildNodes().Select(c => c.Kind));
    }

    [Fact]
    public void To_string_prints_the_node()
    {
        Assert.Equal("f(a: 1)", ((OperationDefinition)Parser.Parse("{f(a:1)}").Definitions[0]).SelectionSet.Selections[0].ToString());
    }

    [Fact]
    public void Nodes_can_be_built_in_code_and_copied_with_with_expressions()
    {
        var field = new Field(null, new Name("a"), [], [], null);
        var aliased = field with { Alias = new Name("b") };
        Assert.Equal("b: a", Printer.Print(aliased));
        Assert.Null(field.Alias);
    }
}
