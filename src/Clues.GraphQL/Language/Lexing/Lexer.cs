using System.Globalization;
using System.Text;

namespace Clues.GraphQL.Language;

/// <summary>
/// Turns GraphQL source text into tokens (spec §2, October 2021). Works directly on the body string by
/// offset; the only allocations are token value strings (and a builder for strings with escapes).
/// </summary>
/// <remarks>
/// Offsets and columns are in UTF-16 code units. A valid surrogate pair is one source character; a lone
/// surrogate is not a Unicode scalar value and is rejected wherever source characters are allowed.
/// </remarks>
internal sealed class Lexer
{
    private readonly string _body;
    private Token _lookahead;
    private bool _hasLookahead;

    public Lexer(Source source)
    {
        Source = source;
        _body = source.Body;
        Token = new Token(TokenKind.StartOfFile, 0, 0, null);
    }

    public Source Source { get; }

    /// <summary>The current token; <see cref="TokenKind.StartOfFile"/> before the first <see cref="Advance"/>.</summary>
    public Token Token { get; private set; }

    /// <summary>Moves to the next significant token (comments are skipped) and returns it.</summary>
    public Token Advance()
    {
        if (_hasLookahead)
        {
            _hasLookahead = false;
            Token = _lookahead;
        }
        else
        {
            Token = NextSignificant(Token.End);
        }

        return Token;
    }

    /// <summary>The significant token after the current one, without consuming it.</summary>
    public Token Lookahead()
    {
        if (!_hasLookahead)
        {
            _lookahead = Token.Kind == TokenKind.EndOfFile ? Token : NextSignificant(Token.End);
            _hasLookahead = true;
        }

        return _lookahead;
    }

    /// <summary>Lexes the token starting at or after <paramref name="position"/>, including comments.</summary>
    public Token ReadToken(int position)
    {
        var body = _body;
        var length = body.Length;
        while (position < length)
        {
            var c = body[position];
            switch (c)
            {
                // Ignored tokens (spec §2.1.2-2.1.7): BOM, whitespace, line terminators and commas.
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                case '\n':
                case '\r':
                    position++;
                    continue;
                case '#':
                    return ReadComment(position);
                case '!':
                    return Punctuator(TokenKind.Bang, position);
                case '$':
                    return Punctuator(TokenKind.Dollar, position);
                case '&':
                    return Punctuator(TokenKind.Amp, position);
                case '(':
                    return Punctuator(TokenKind.ParenL, position);
                case ')':
                    return Punctuator(TokenKind.ParenR, position);
                case '.':
                    if (At(position + 1) == '.' && At(position + 2) == '.')
                    {
                        return new Token(TokenKind.Spread, position, position + 3, null);
                    }

                    break;
                case ':':
                    return Punctuator(TokenKind.Colon, position);
                case '=':
                    return Punctuator(TokenKind.Equals, position);
                case '@':
                    return Punctuator(TokenKind.At, position);
                case '[':
                    return Punctuator(TokenKind.BracketL, position);
                case ']':
                    return Punctuator(TokenKind.BracketR, position);
                case '{':
                    return Punctuator(TokenKind.BraceL, position);
                case '|':
                    return Punctuator(TokenKind.Pipe, position);
                case '}':
                    return Punctuator(TokenKind.BraceR, position);
                case '"':
                    return At(position + 1) == '"' && At(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(c) || c == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(c))
            {
                return ReadName(position);
            }

            throw Error(position, c == '\''
                ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                : IsSourceCharacterAt(position)
                    ? $"Unexpected character: {DescribeCharAt(position)}."
                    : $"Invalid character: {DescribeCharAt(position)}.");
        }

        return new Token(TokenKind.EndOfFile, length, length, null);
    }

    /// <summary>
    /// Describes the character at <paramref name="position"/> like graphql-js: printable ASCII quoted,
    /// anything else as <c>U+XXXX</c> (a surrogate pair as its code point), end of input as <c>&lt;EOF&gt;</c>.
    /// </summary>
    internal string DescribeCharAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = _body[position];
        if (char.IsHighSurrogate((char)code) && char.IsLowSurrogate(At(position + 1)))
        {
            code = char.ConvertToUtf32((char)code, _body[position + 1]);
        }

        if (code is >= 0x20 and <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }

    private Token NextSignificant(int position)
    {
        var token = ReadToken(position);
        while (token.Kind == TokenKind.Comment)
        {
            token = ReadToken(token.End);
        }

        return token;
    }

    private static Token Punctuator(TokenKind kind, int position) => new(kind, position, position + 1, null);

    // Out-of-range reads yield '\0', which no lexical rule treats as meaningful, so lookahead needs no
    // bounds checks at the call sites.
    private char At(int position) => (uint)position < (uint)_body.Length ? _body[position] : '\0';

    private GraphQLSyntaxException Error(int position, string description) => new(Source, position, description);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsNameStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsNameContinue(char c) => IsNameStart(c) || IsDigit(c);

    /// <summary>Whether a SourceCharacter (a Unicode scalar value) starts at <paramref name="position"/>.</summary>
    private bool IsSourceCharacterAt(int position)
    {
        var c = _body[position];
        return !char.IsSurrogate(c) || (char.IsHighSurrogate(c) && char.IsLowSurrogate(At(position + 1)));
    }

    /// <summary>The width in code units of the source character at <paramref name="position"/>, or 0 if it is a lone surrogate.</summary>
    private int SourceCharacterWidth(int position)
    {
        var c = _body[position];
        if (!char.IsSurrogate(c))
        {
            return 1;
        }

        return char.IsHighSurrogate(c) && char.IsLowSurrogate(At(position + 1)) ? 2 : 0;
    }

    private Token ReadComment(int start)
    {
        var position = start + 1;
        while (position < _body.Length)
        {
            var c = _body[position];
            if (c is '\n' or '\r')
            {
                break;
            }

            // A lone surrogate ends the comment; the next token read then reports it as invalid.
            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                break;
            }

            position += width;
        }

        return new Token(TokenKind.Comment, start, position, _body.Substring(start + 1, position - start - 1));
    }

    private Token ReadName(int start)
    {
        var position = start + 1;
        while (position < _body.Length && IsNameContinue(_body[position]))
        {
            position++;
        }

        return new Token(TokenKind.Name, start, position, _body.Substring(start, position - start));
    }

    /// <summary>
    /// IntValue / FloatValue (spec §2.9.1-2.9.2), including the lookahead restrictions: no leading zeros,
    /// at least one digit after <c>.</c> and after the exponent, and no name start or <c>.</c> directly after.
    /// </summary>
    private Token ReadNumber(int start)
    {
        var position = start;
        var c = _body[position];
        var isFloat = false;
        if (c == '-')
        {
            c = At(++position);
        }

        if (c == '0')
        {
            c = At(++position);
            if (IsDigit(c))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position);
            c = At(position);
        }

        if (c == '.')
        {
            isFloat = true;
            position = ReadDigits(position + 1);
            c = At(position);
        }

        if (c is 'e' or 'E')
        {
            isFloat = true;
            c = At(++position);
            if (c is '+' or '-')
            {
                ++position;
            }

            position = ReadDigits(position);
            c = At(position);
        }

        if (c == '.' || IsNameStart(c))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        return new Token(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _body.Substring(start, position - start));
    }

    private int ReadDigits(int position)
    {
        if (!IsDigit(At(position)))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        while (IsDigit(At(++position)))
        {
        }

        return position;
    }

    /// <summary>A quoted string (spec §2.9.4). Strings without escapes are a single substring.</summary>
    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                string value;
                if (builder is null)
                {
                    value = body.Substring(chunkStart, position - chunkStart);
                }
                else
                {
                    builder.Append(body, chunkStart, position - chunkStart);
                    value = builder.ToString();
                }

                return new Token(TokenKind.String, start, position + 1, value);
            }

            if (c == '\\')
            {
                builder ??= new StringBuilder();
                builder.Append(body, chunkStart, position - chunkStart);
                position += ReadEscape(position, builder);
                chunkStart = position;
                continue;
            }

            if (c is '\n' or '\r')
            {
                break;
            }

            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }

            position += width;
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Decodes the escape sequence at <paramref name="position"/> into <paramref name="builder"/>; returns its length.</summary>
    private int ReadEscape(int position, StringBuilder builder)
    {
        switch (At(position + 1))
        {
            case '"': builder.Append('"'); return 2;
            case '\\': builder.Append('\\'); return 2;
            case '/': builder.Append('/'); return 2;
            case 'b': builder.Append('\b'); return 2;
            case 'f': builder.Append('\f'); return 2;
            case 'n': builder.Append('\n'); return 2;
            case 'r': builder.Append('\r'); return 2;
            case 't': builder.Append('\t'); return 2;
            case 'u':
                return At(position + 2) == '{'
                    ? ReadBracedUnicodeEscape(position, builder)
                    : ReadFixedUnicodeEscape(position, builder);
            default:
                throw Error(position, $"Invalid character escape sequence: \"{Slice(position, 2)}\".");
        }
    }

    /// <summary>
    /// <c>\u{X...}</c> (spec 2021): one to several hex digits naming a Unicode scalar value. At most
    /// twelve characters are examined (<c>\u{00000000}</c>), like graphql-js, so the reported slice matches.
    /// </summary>
    private int ReadBracedUnicodeEscape(int position, StringBuilder builder)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var c = At(position + size++);
            if (c == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                builder.Append(char.ConvertFromUtf32(point));
                return size;
            }

            // Shifting out of range or a non-hex digit makes point negative, which ends the scan.
            point = (point << 4) | HexValue(c);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, size)}\".");
    }

    /// <summary>
    /// <c>\uXXXX</c>. A surrogate is accepted only as the leading half of a JSON-style escaped pair
    /// <c>\uD83D\uDE00</c>; any other surrogate escape is an error because it is not a scalar value.
    /// </summary>
    private int ReadFixedUnicodeEscape(int position, StringBuilder builder)
    {
        var code = Read16BitHex(position + 2);
        if (IsScalarValue(code))
        {
            builder.Append((char)code);
            return 6;
        }

        if (code is >= 0xD800 and <= 0xDBFF && At(position + 6) == '\\' && At(position + 7) == 'u')
        {
            var trailing = Read16BitHex(position + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                builder.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, 6)}\".");
    }

    private int Read16BitHex(int position)
        => (HexValue(At(position)) << 12) | (HexValue(At(position + 1)) << 8)
            | (HexValue(At(position + 2)) << 4) | HexValue(At(position + 3));

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'F' => c - 'A' + 10,
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };

    private static bool IsScalarValue(int code) => code is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    private string Slice(int position, int length) => _body.Substring(position, Math.Min(length, _body.Length - position));

    /// <summary>
    /// A block string (spec §2.9.4): raw lines with only <c>\"""</c> escaped, then the BlockStringValue
    /// dedent algorithm.
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var position = start + 3;
        var chunkStart = position;
        var lines = new List<string>();
        var current = new StringBuilder();
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && At(position + 1) == '"' && At(position + 2) == '"')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                return new Token(TokenKind.BlockString, start, position + 3, BlockStrings.Dedent(lines));
            }

            if (c == '\\' && At(position + 1) == '"' && At(position + 2) == '"' && At(position + 3) == '"')
            {
                // Drop the backslash and keep the three quotes.
                current.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c is '\n' or '\r')
            {
                current.Append(body, chunkStart, position - chunkStart);
                lines.Add(current.ToString());
                current.Clear();
                position += c == '\r' && At(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                continue;
            }

            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                throw Error(position, $"Invalid character within String: {DescribeCharAt(position)}.");
            }

            position += width;
        }

        throw Error(position, "Unterminated string.");
    }
}
