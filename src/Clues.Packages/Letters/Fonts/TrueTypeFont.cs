using System.Buffers.Binary;
using System.Text;

namespace Clues.Packages.Letters.Fonts;

/// <summary>
/// One face of a TrueType (glyf-outline) font file or collection: the tables a PDF needs to measure text, map
/// characters to glyphs and embed a subset. CFF-outline OpenType fonts are refused because embedding them whole
/// would put megabytes into every letter.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly Dictionary<string, (int Offset, int Length)> tables;
    private readonly Dictionary<int, ushort> cmap;
    private readonly ushort[] advances;

    private TrueTypeFont(byte[] data, Dictionary<string, (int Offset, int Length)> tables, string postScriptName)
    {
        Data = data;
        this.tables = tables;
        PostScriptName = postScriptName;
        var head = Table("head");
        UnitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(head[18..]);
        BoundingBox = (
            BinaryPrimitives.ReadInt16BigEndian(head[36..]),
            BinaryPrimitives.ReadInt16BigEndian(head[38..]),
            BinaryPrimitives.ReadInt16BigEndian(head[40..]),
            BinaryPrimitives.ReadInt16BigEndian(head[42..]));
        LongLocaOffsets = BinaryPrimitives.ReadInt16BigEndian(head[50..]) == 1;
        GlyphCount = BinaryPrimitives.ReadUInt16BigEndian(Table("maxp")[4..]);
        var hhea = Table("hhea");
        Ascent = BinaryPrimitives.ReadInt16BigEndian(hhea[4..]);
        Descent = BinaryPrimitives.ReadInt16BigEndian(hhea[6..]);
        advances = ReadAdvances(BinaryPrimitives.ReadUInt16BigEndian(hhea[34..]));
        cmap = ReadCmap();
    }

    /// <summary>The whole font file; table offsets point into it.</summary>
    public byte[] Data { get; }

    public string PostScriptName { get; }

    public int UnitsPerEm { get; }

    public (int XMin, int YMin, int XMax, int YMax) BoundingBox { get; }

    public int Ascent { get; }

    public int Descent { get; }

    public int GlyphCount { get; }

    public bool LongLocaOffsets { get; }

    public IReadOnlyCollection<string> TableTags => tables.Keys;

    /// <summary>Loads the face whose family names best match <paramref name="preferredFamilyHints"/>, else the first.</summary>
    /// <exception cref="InvalidDataException">The file is not a TrueType font or has CFF outlines.</exception>
    public static TrueTypeFont Load(byte[] data, string source, params string[] preferredFamilyHints)
    {
        if (data.Length < 12)
        {
            throw new InvalidDataException($"{source} is too short to be a font.");
        }

        var faceOffsets = new List<int>();
        if (Encoding.ASCII.GetString(data, 0, 4) == "ttcf")
        {
            var count = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(8));
            for (var i = 0; i < count && 12 + (4 * i) + 4 <= data.Length; i++)
            {
                faceOffsets.Add(BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(12 + (4 * i))));
            }
        }
        else
        {
            faceOffsets.Add(0);
        }

        var faces = faceOffsets.Select(offset => ReadDirectory(data, offset, source)).ToList();
        if (faces.Any(f => f.ContainsKey("CFF ") || f.ContainsKey("CFF2")) || !faces.All(f => f.ContainsKey("glyf") && f.ContainsKey("loca")))
        {
            throw new InvalidDataException($"{source} has CFF (PostScript) outlines; letters embed TrueType-outline fonts only (install the Debian package fonts-arphic-uming).");
        }

        foreach (var hint in preferredFamilyHints)
        {
            foreach (var face in faces)
            {
                var names = ReadNames(data, face);
                if (names.Family.Contains(hint, StringComparison.OrdinalIgnoreCase))
                {
                    return new TrueTypeFont(data, face, names.PostScript);
                }
            }
        }

        return new TrueTypeFont(data, faces[0], ReadNames(data, faces[0]).PostScript);
    }

    /// <summary>The glyph for a code point, 0 (.notdef) when the font lacks it.</summary>
    public ushort GlyphFor(int codePoint) => cmap.GetValueOrDefault(codePoint);

    public bool HasGlyph(int codePoint) => cmap.ContainsKey(codePoint);

    /// <summary>Advance width in font units.</summary>
    public int Advance(ushort glyph) => advances[Math.Min(glyph, advances.Length - 1)];

    public ReadOnlySpan<byte> Table(string tag) =>
        tables.TryGetValue(tag, out var t) ? Data.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"The font {PostScriptName} has no '{tag}' table.");

    public bool HasTable(string tag) => tables.ContainsKey(tag);

    /// <summary>The glyf bytes of one glyph (empty for glyphs without outline).</summary>
    public ReadOnlySpan<byte> GlyphData(ushort glyph)
    {
        var loca = Table("loca");
        int start, end;
        if (LongLocaOffsets)
        {
            start = BinaryPrimitives.ReadInt32BigEndian(loca[(glyph * 4)..]);
            end = BinaryPrimitives.ReadInt32BigEndian(loca[((glyph + 1) * 4)..]);
        }
        else
        {
            start = BinaryPrimitives.ReadUInt16BigEndian(loca[(glyph * 2)..]) * 2;
            end = BinaryPrimitives.ReadUInt16BigEndian(loca[((glyph + 1) * 2)..]) * 2;
        }

        return end > start ? Table("glyf").Slice(start, end - start) : [];
    }

    private static Dictionary<string, (int Offset, int Length)> ReadDirectory(byte[] data, int offset, string source)
    {
        var span = data.AsSpan();
        var version = BinaryPrimitives.ReadUInt32BigEndian(span[offset..]);
        if (version is not (0x0001_0000 or 0x7472_7565 or 0x4F54_544F))
        {
            throw new InvalidDataException($"{source} is not a TrueType or OpenType font.");
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(span[(offset + 4)..]);
        var result = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = span[(offset + 12 + (16 * i))..];
            var tag = Encoding.ASCII.GetString(record[..4]);
            var tableOffset = BinaryPrimitives.ReadInt32BigEndian(record[8..]);
            var length = BinaryPrimitives.ReadInt32BigEndian(record[12..]);
            if (tableOffset < 0 || length < 0 || (long)tableOffset + length > data.Length)
            {
                throw new InvalidDataException($"{source}: table '{tag}' lies outside the file.");
            }

            result[tag] = (tableOffset, length);
        }

        return result;
    }

    private static (string Family, string PostScript) ReadNames(byte[] data, Dictionary<string, (int Offset, int Length)> face)
    {
        string family = "", postScript = "";
        if (!face.TryGetValue("name", out var name))
        {
            return (family, "CJKFont");
        }

        var table = data.AsSpan(name.Offset, name.Length);
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        var storage = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = table[(6 + (12 * i))..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id is not (1 or 6) || storage + offset + length > table.Length)
            {
                continue;
            }

            var bytes = table.Slice(storage + offset, length);
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            if (id == 1 && family.Length == 0)
            {
                family = text;
            }
            else if (id == 6 && postScript.Length == 0)
            {
                postScript = text;
            }
        }

        // PDF names allow no spaces or delimiters.
        var clean = new string(postScript.Where(c => c is > ' ' and < '\u007f' and not ('(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%' or '#')).ToArray());
        return (family, clean.Length > 0 ? clean : "CJKFont");
    }

    private ushort[] ReadAdvances(int metricCount)
    {
        var hmtx = Table("hmtx");
        var result = new ushort[Math.Max(1, metricCount)];
        for (var i = 0; i < metricCount && (i * 4) + 2 <= hmtx.Length; i++)
        {
            result[i] = BinaryPrimitives.ReadUInt16BigEndian(hmtx[(i * 4)..]);
        }

        return result;
    }

    private Dictionary<int, ushort> ReadCmap()
    {
        var table = Table("cmap");
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        int format4 = -1, format12 = -1;
        for (var i = 0; i < count; i++)
        {
            var record = table[(4 + (8 * i))..];
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = BinaryPrimitives.ReadInt32BigEndian(record[4..]);
            var format = BinaryPrimitives.ReadUInt16BigEndian(table[offset..]);
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            {
                format12 = offset;
            }
            else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            {
                format4 = offset;
            }
        }

        var map = new Dictionary<int, ushort>();
        if (format12 >= 0)
        {
            var sub = table[format12..];
            var groups = BinaryPrimitives.ReadUInt32BigEndian(sub[12..]);
            for (var g = 0; g < groups; g++)
            {
                var group = sub[(16 + (12 * g))..];
                var start = BinaryPrimitives.ReadInt32BigEndian(group);
                var end = BinaryPrimitives.ReadInt32BigEndian(group[4..]);
                var glyph = BinaryPrimitives.ReadInt32BigEndian(group[8..]);
                for (var c = start; c <= end; c++)
                {
                    map[c] = (ushort)(glyph + c - start);
                }
            }

            return map;
        }

        if (format4 < 0)
        {
            throw new InvalidDataException($"The font {PostScriptName} has no Unicode character map.");
        }

        var f4 = table[format4..];
        var segments = BinaryPrimitives.ReadUInt16BigEndian(f4[6..]) / 2;
        var ends = 14;
        var starts = ends + (segments * 2) + 2;
        var deltas = starts + (segments * 2);
        var rangeOffsets = deltas + (segments * 2);
        for (var s = 0; s < segments; s++)
        {
            var end = BinaryPrimitives.ReadUInt16BigEndian(f4[(ends + (2 * s))..]);
            var start = BinaryPrimitives.ReadUInt16BigEndian(f4[(starts + (2 * s))..]);
            var delta = BinaryPrimitives.ReadInt16BigEndian(f4[(deltas + (2 * s))..]);
            var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(f4[(rangeOffsets + (2 * s))..]);
            for (int c = start; c <= end && c != 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    var at = rangeOffsets + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = BinaryPrimitives.ReadUInt16BigEndian(f4[at..]);
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                if (glyph != 0)
                {
                    map[c] = (ushort)glyph;
                }
            }
        }

        return map;
    }
}
