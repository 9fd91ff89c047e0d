namespace Clues.GraphQL.Language;

/// <summary>A lexed token. A struct so lexing allocates nothing beyond the value strings.</summary>
/// <param name="Kind">The token kind.</param>
/// <param name="Start">The offset of the first character.</param>
/// <param name="End">The offset just past the last character.</param>
/// <param name="Value">The value of names, numbers (raw text), strings (cooked), block strings (dedented) and comments; otherwise null.</param>
internal readonly record struct Token(TokenKind Kind, int Start, int End, string? Value)
{
    /// <summary>The token kind as graphql-js describes it in messages: punctuators quoted, others by name.</summary>
    public static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        TokenKind.Name => "Name",
        TokenKind.Int => "Int",
        TokenKind.Float => "Float",
        TokenKind.String => "String",
        TokenKind.BlockString => "BlockString",
        TokenKind.Comment => "Comment",
        _ => kind.ToString(),
    };

    /// <summary>The token as described in messages, e.g. <c>Name "on"</c> or <c>"{"</c>.</summary>
    public string Describe() => Value is null ? DescribeKind(Kind) : $"{DescribeKind(Kind)} \"{Value}\"";
}
