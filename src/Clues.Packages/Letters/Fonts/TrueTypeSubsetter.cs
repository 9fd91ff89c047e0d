using System.Buffers.Binary;
using System.Text;

namespace Clues.Packages.Letters.Fonts;

/// <summary>
/// Builds a standalone TrueType font that keeps every glyph slot (so glyph ids stay valid, letting the PDF use an
/// identity CID-to-glyph map) but keeps outlines only for the glyphs used, plus the components of composite glyphs.
/// </summary>
internal static class TrueTypeSubsetter
{
    private static readonly string[] KeptTables = ["cvt ", "fpgm", "glyf", "head", "hhea", "hmtx", "loca", "maxp", "prep"];

    public static byte[] Subset(TrueTypeFont font, IEnumerable<ushort> used)
    {
        var keep = new SortedSet<ushort>();
        var pending = new Stack<ushort>(used.Append((ushort)0));
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (glyph >= font.GlyphCount || !keep.Add(glyph))
            {
                continue;
            }

            foreach (var component in Components(font.GlyphData(glyph)))
            {
                if (!keep.Contains(component))
                {
                    pending.Push(component);
                }
            }
        }

        var glyf = new MemoryStream();
        var loca = new byte[(font.GlyphCount + 1) * 4];
        for (var g = 0; g < font.GlyphCount; g++)
        {
            BinaryPrimitives.WriteInt32BigEndian(loca.AsSpan(g * 4), (int)glyf.Length);
            if (keep.Contains((ushort)g))
            {
                glyf.Write(font.GlyphData((ushort)g));
                while (glyf.Length % 4 != 0)
                {
                    glyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteInt32BigEndian(loca.AsSpan(font.GlyphCount * 4), (int)glyf.Length);
        var head = font.Table("head").ToArray();
        BinaryPrimitives.WriteInt32BigEndian(head.AsSpan(8), 0);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);

        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var tag in KeptTables.Where(font.HasTable))
        {
            tables[tag] = tag switch
            {
                "glyf" => glyf.ToArray(),
                "loca" => loca,
                "head" => head,
                _ => font.Table(tag).ToArray(),
            };
        }

        return Assemble(tables);
    }

    private static IEnumerable<ushort> Components(ReadOnlySpan<byte> glyph)
    {
        const int ArgsAreWords = 0x0001, HasScale = 0x0008, MoreComponents = 0x0020, HasXYScale = 0x0040, HasTwoByTwo = 0x0080;
        var result = new List<ushort>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return result;
        }

        var at = 10;
        while (at + 4 <= glyph.Length)
        {
            var flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            result.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & ArgsAreWords) != 0 ? 4 : 2);
            at += (flags & HasScale) != 0 ? 2 : (flags & HasXYScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
            if ((flags & MoreComponents) == 0)
            {
                break;
            }
        }

        return result;
    }

    private static byte[] Assemble(SortedDictionary<string, byte[]> tables)
    {
        var count = tables.Count;
        var searchRange = 1;
        var selector = 0;
        while (searchRange * 2 <= count)
        {
            searchRange *= 2;
            selector++;
        }

        searchRange *= 16;
        var output = new MemoryStream();
        var header = new byte[12 + (16 * count)];
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x0001_0000);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)selector);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((count * 16) - searchRange));
        output.Write(header);
        var index = 0;
        foreach (var (tag, bytes) in tables)
        {
            var record = header.AsSpan(12 + (16 * index++));
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(bytes));
            BinaryPrimitives.WriteInt32BigEndian(record[8..], (int)output.Length);
            BinaryPrimitives.WriteInt32BigEndian(record[12..], bytes.Length);
            output.Write(bytes);
            while (output.Length % 4 != 0)
            {
                output.WriteByte(0);
            }
        }

        var result = output.ToArray();
        header.CopyTo(result, 0);
        return result;
    }

    private static uint Checksum(byte[] bytes)
    {
        uint sum = 0;
        for (var i = 0; i < bytes.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < bytes.Length ? bytes[i + k] : 0u);
            }

            sum += word;
        }

        return sum;
    }
}
