namespace Clues.GraphQL.Language;

/// <summary>
/// Recursive-descent parser over <see cref="Lexer"/> tokens, one method per grammar production (spec
/// Appendix B). Error messages follow graphql-js so clients see familiar text.
/// </summary>
internal sealed class DocumentParser
{
    private readonly Lexer _lexer;
    private readonly Source _source;
    private readonly bool _noLocation;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private int _tokenCount;
    private int _depth;
    private int _lastEnd;

    public DocumentParser(Source source, ParseOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParseOptions.Default;
        _source = source;
        _lexer = new Lexer(source);
        _noLocation = options.NoLocation;
        _maxTokens = options.MaxTokens ?? int.MaxValue;
        _maxDepth = options.MaxDepth;
    }

    private Token Current => _lexer.Token;

    // ---------------------------------------------------------------- entry points

    public Document ParseDocument()
    {
        var start = Current;
        Advance();
        var definitions = new List<Definition>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (Current.Kind != TokenKind.EndOfFile);

        return new Document(definitions) { Loc = Loc(start) };
    }

    public ValueNode ParseStandaloneValue(bool isConst)
    {
        Advance();
        var value = ParseValueLiteral(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    public TypeNode ParseStandaloneType()
    {
        Advance();
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    // ---------------------------------------------------------------- definitions

    private Definition ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
            }

            if (hasDescription)
            {
                // Spec October 2021 allows descriptions only on type-system definitions (graphql-js 16.11+
                // also accepts them on operations and fragments, which is a later draft feature).
                throw Error(Current.Start, keyword.Value is "query" or "mutation" or "subscription" or "fragment"
                    ? "Unexpected description, descriptions are supported only on type definitions."
                    : "Unexpected description, only GraphQL definitions support descriptions.");
            }

            switch (keyword.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                case "extend":
                    return ParseTypeSystemExtension();
            }
        }

        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        throw Unexpected(keyword);
    }

    private OperationDefinition ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            // The query shorthand: an anonymous query with no variables or directives.
            return new OperationDefinition(OperationType.Query, null, [], [], ParseSelectionSet()) { Loc = Loc(start) };
        }

        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        return new OperationDefinition(
            operation,
            name,
            ParseVariableDefinitions(),
            ParseDirectives(isConst: false),
            ParseSelectionSet()) { Loc = Loc(start) };
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return token.Value switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private IReadOnlyList<VariableDefinition> ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var list = new List<VariableDefinition>();
        do
        {
            list.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return list;
    }

    private VariableDefinition ParseVariableDefinition()
    {
        var start = Current;
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new VariableDefinition(variable, type, defaultValue, ParseDirectives(isConst: true)) { Loc = Loc(start) };
    }

    private Variable ParseVariable()
    {
        var start = Current;
        Expect(TokenKind.Dollar);
        return new Variable(ParseName()) { Loc = Loc(start) };
    }

    private SelectionSet ParseSelectionSet()
    {
        var start = Current;
        Expect(TokenKind.BraceL);
        EnterNesting(start);
        var selections = new List<Selection>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        _depth--;
        return new SelectionSet(selections) { Loc = Loc(start) };
    }

    private Field ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        Name? alias = null;
        Name name;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        else
        {
            name = nameOrAlias;
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new Field(alias, name, arguments, directives, selectionSet) { Loc = Loc(start) };
    }

    private IReadOnlyList<Argument> ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var list = new List<Argument>();
        do
        {
            var start = Current;
            var name = ParseName();
            Expect(TokenKind.Colon);
            list.Add(new Argument(name, ParseValueLiteral(isConst)) { Loc = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return list;
    }

    /// <summary>After <c>...</c>: a fragment spread (<c>...Name</c>) or an inline fragment (<c>... on T</c> or <c>... @dir {</c>).</summary>
    private Selection ParseFragment()
    {
        var start = Current;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpread(name, ParseDirectives(isConst: false)) { Loc = Loc(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        return new InlineFragment(typeCondition, ParseDirectives(isConst: false), ParseSelectionSet()) { Loc = Loc(start) };
    }

    private FragmentDefinition ParseFragmentDefinition()
    {
        var start = Current;
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        return new FragmentDefinition(name, typeCondition, ParseDirectives(isConst: false), ParseSelectionSet()) { Loc = Loc(start) };
    }

    /// <summary>FragmentName: any name but <c>on</c>, which would make <c>...on</c> ambiguous.</summary>
    private Name ParseFragmentName()
    {
        if (Current.Kind == TokenKind.Name && Current.Value == "on")
        {
            throw Unexpected(Current);
        }

        return ParseName();
    }

    // ---------------------------------------------------------------- values

    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValue(token.Value!) { Loc = Loc(token) };
            case TokenKind.Float:
                Advance();
                return new FloatValue(token.Value!) { Loc = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValue(true) { Loc = Loc(token) },
                    "false" => new BooleanValue(false) { Loc = Loc(token) },
                    "null" => new NullValue() { Loc = Loc(token) },
                    _ => new EnumValue(token.Value!) { Loc = Loc(token) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Advance();
                    if (Current.Kind == TokenKind.Name)
                    {
                        throw Error(token.Start, $"Unexpected variable \"${Current.Value}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected(token);
        }
    }

    private StringValue ParseStringLiteral()
    {
        var token = Current;
        Advance();
        return new StringValue(token.Value!, token.Kind == TokenKind.BlockString) { Loc = Loc(token) };
    }

    private ListValue ParseList(bool isConst)
    {
        var start = Current;
        Expect(TokenKind.BracketL);
        EnterNesting(start);
        var values = new List<ValueNode>();
        while (!ExpectOptional(TokenKind.BracketR))
        {
            values.Add(ParseValueLiteral(isConst));
        }

        _depth--;
        return new ListValue(values) { Loc = Loc(start) };
    }

    private ObjectValue ParseObject(bool isConst)
    {
        var start = Current;
        Expect(TokenKind.BraceL);
        EnterNesting(start);
        var fields = new List<ObjectField>();
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = Current;
            var name = ParseName();
            Expect(TokenKind.Colon);
            fields.Add(new ObjectField(name, ParseValueLiteral(isConst)) { Loc = Loc(fieldStart) });
        }

        _depth--;
        return new ObjectValue(fields) { Loc = Loc(start) };
    }

    private IReadOnlyList<Directive> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var list = new List<Directive>();
        do
        {
            var start = Current;
            Advance();
            var name = ParseName();
            list.Add(new Directive(name, ParseArguments(isConst)) { Loc = Loc(start) });
        }
        while (Peek(TokenKind.At));

        return list;
    }

    // ---------------------------------------------------------------- types

    private TypeNode ParseTypeReference()
    {
        var start = Current;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            _depth--;
            type = new ListType(inner) { Loc = Loc(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullType(type) { Loc = Loc(start) } : type;
    }

    private NamedType ParseNamedType()
    {
        var start = Current;
        return new NamedType(ParseName()) { Loc = Loc(start) };
    }

    private Name ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new Name(token.Value!) { Loc = Loc(token) };
    }

    // ---------------------------------------------------------------- type system definitions

    private bool PeekDescription() => Current.Kind is TokenKind.String or TokenKind.BlockString;

    private StringValue? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    private SchemaDefinition ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = new List<OperationTypeDefinition>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return new SchemaDefinition(description, directives, operationTypes) { Loc = Loc(start) };
    }

    private IReadOnlyList<OperationTypeDefinition> ParseOptionalOperationTypes()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var list = new List<OperationTypeDefinition>();
        do
        {
            list.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return list;
    }

    private OperationTypeDefinition ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        return new OperationTypeDefinition(operation, ParseNamedType()) { Loc = Loc(start) };
    }

    private ScalarTypeDefinition ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        return new ScalarTypeDefinition(description, name, ParseDirectives(isConst: true)) { Loc = Loc(start) };
    }

    private ObjectTypeDefinition ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new ObjectTypeDefinition(description, name, interfaces, directives, ParseFieldsDefinition()) { Loc = Loc(start) };
    }

    private InterfaceTypeDefinition ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        return new InterfaceTypeDefinition(description, name, interfaces, directives, ParseFieldsDefinition()) { Loc = Loc(start) };
    }

    /// <summary><c>implements &amp;? A (&amp; B)*</c>, or nothing.</summary>
    private IReadOnlyList<NamedType> ParseImplementsInterfaces()
        => ExpectOptionalKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Amp) : [];

    /// <summary>One or more named types separated by <paramref name="delimiter"/>, with an optional leading one.</summary>
    private List<NamedType> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var list = new List<NamedType>();
        do
        {
            list.Add(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return list;
    }

    private IReadOnlyList<FieldDefinition> ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var list = new List<FieldDefinition>();
        do
        {
            list.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return list;
    }

    private FieldDefinition ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        return new FieldDefinition(description, name, arguments, type, ParseDirectives(isConst: true)) { Loc = Loc(start) };
    }

    private IReadOnlyList<InputValueDefinition> ParseArgumentDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var list = new List<InputValueDefinition>();
        do
        {
            list.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return list;
    }

    private InputValueDefinition ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        return new InputValueDefinition(description, name, type, defaultValue, ParseDirectives(isConst: true)) { Loc = Loc(start) };
    }

    private UnionTypeDefinition ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new UnionTypeDefinition(description, name, directives, ParseUnionMembers()) { Loc = Loc(start) };
    }

    /// <summary><c>= |? A (| B)*</c>, or nothing.</summary>
    private IReadOnlyList<NamedType> ParseUnionMembers()
        => ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    private EnumTypeDefinition ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumTypeDefinition(description, name, directives, ParseEnumValuesDefinition()) { Loc = Loc(start) };
    }

    private IReadOnlyList<EnumValueDefinition> ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var list = new List<EnumValueDefinition>();
        do
        {
            var start = Current;
            var description = ParseDescription();
            var token = Current;
            if (token.Kind == TokenKind.Name && token.Value is "true" or "false" or "null")
            {
                throw Error(token.Start, $"{token.Describe()} is reserved and cannot be used for an enum value.");
            }

            var name = ParseName();
            list.Add(new EnumValueDefinition(description, name, ParseDirectives(isConst: true)) { Loc = Loc(start) });
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return list;
    }

    private InputObjectTypeDefinition ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new InputObjectTypeDefinition(description, name, directives, ParseInputFieldsDefinition()) { Loc = Loc(start) };
    }

    private IReadOnlyList<InputValueDefinition> ParseInputFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var list = new List<InputValueDefinition>();
        do
        {
            list.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return list;
    }

    private DirectiveDefinition ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var locations = new List<DirectiveLocation>();
        do
        {
            var token = Current;
            var locationName = ParseName();
            if (!DirectiveLocationNames.TryParse(locationName.Value, out var location))
            {
                throw Unexpected(token);
            }

            locations.Add(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinition(description, name, arguments, repeatable, locations) { Loc = Loc(start) };
    }

    // ---------------------------------------------------------------- extensions

    private TypeSystemExtension ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }

        throw Unexpected(keyword);
    }

    // Each extension must add something (spec §3.x "...TypeExtension" productions); an empty one fails
    // at the token where the additions were expected.

    private SchemaExtension ParseSchemaExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalOperationTypes();
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new SchemaExtension(directives, operationTypes) { Loc = Loc(start) };
    }

    private ScalarTypeExtension ParseScalarTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new ScalarTypeExtension(name, directives) { Loc = Loc(start) };
    }

    private ObjectTypeExtension ParseObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new ObjectTypeExtension(name, interfaces, directives, fields) { Loc = Loc(start) };
    }

    private InterfaceTypeExtension ParseInterfaceTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new InterfaceTypeExtension(name, interfaces, directives, fields) { Loc = Loc(start) };
    }

    private UnionTypeExtension ParseUnionTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMembers();
        if (directives.Count == 0 && types.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new UnionTypeExtension(name, directives, types) { Loc = Loc(start) };
    }

    private EnumTypeExtension ParseEnumTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new EnumTypeExtension(name, directives, values) { Loc = Loc(start) };
    }

    private InputObjectTypeExtension ParseInputObjectTypeExtension()
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            throw Unexpected(Current);
        }

        return new InputObjectTypeExtension(name, directives, fields) { Loc = Loc(start) };
    }

    // ---------------------------------------------------------------- token helpers

    private void Advance()
    {
        _lastEnd = Current.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw Error(token.Start, $"Document contains more than {_maxTokens} tokens. Parsing aborted.");
        }
    }

    private bool Peek(TokenKind kind) => Current.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = Current;
        if (token.Kind != kind)
        {
            throw Error(token.Start, $"Expected {Token.DescribeKind(kind)}, found {token.Describe()}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (Current.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        var token = Current;
        if (token.Kind != TokenKind.Name || token.Value != keyword)
        {
            throw Error(token.Start, $"Expected \"{keyword}\", found {token.Describe()}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (Current.Kind != TokenKind.Name || Current.Value != keyword)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>
    /// Counts one more level of nesting. Recursion in the parser, printer and visitors is proportional to
    /// nesting, so capping it here keeps hostile input (e.g. 100k <c>[</c>) from overflowing the stack.
    /// </summary>
    private void EnterNesting(Token opener)
    {
        if (++_depth > _maxDepth)
        {
            throw Error(opener.Start, $"Document exceeds the maximum nesting depth of {_maxDepth}. Parsing aborted.");
        }
    }

    private Location? Loc(Token start) => _noLocation ? null : new Location(start.Start, _lastEnd, _source);

    private GraphQLSyntaxException Unexpected(Token token) => Error(token.Start, $"Unexpected {token.Describe()}.");

    private GraphQLSyntaxException Error(int position, string description) => new(_source, position, description);
}
