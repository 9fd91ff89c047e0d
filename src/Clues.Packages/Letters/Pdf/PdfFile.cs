using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Clues.Packages.Letters.Pdf;

/// <summary>A minimal PDF 1.7 file writer: numbered objects, optional Flate streams, a classic cross-reference table.</summary>
internal sealed class PdfFile
{
    private readonly List<byte[]?> objects = [];

    /// <summary>Reserves an object number to be filled later, so objects can refer to each other.</summary>
    public int Reserve()
    {
        objects.Add(null);
        return objects.Count;
    }

    public void Set(int number, string body) => objects[number - 1] = Encoding.Latin1.GetBytes(body);

    public int Add(string body)
    {
        var number = Reserve();
        Set(number, body);
        return number;
    }

    /// <summary>Adds a stream, Flate-compressed; <paramref name="extraEntries"/> go into its dictionary.</summary>
    public int AddStream(byte[] data, string extraEntries = "")
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            zlib.Write(data);
        }

        var head = Encoding.Latin1.GetBytes(string.Create(CultureInfo.InvariantCulture, $"<< /Length {compressed.Length} /Filter /FlateDecode {extraEntries}>>\nstream\n"));
        var tail = "\nendstream"u8;
        var body = new byte[head.Length + compressed.Length + tail.Length];
        head.CopyTo(body, 0);
        compressed.ToArray().CopyTo(body, head.Length);
        tail.CopyTo(body.AsSpan(head.Length + (int)compressed.Length));
        var number = Reserve();
        objects[number - 1] = body;
        return number;
    }

    public byte[] Build(int catalog)
    {
        using var output = new MemoryStream();
        Write(output, "%PDF-1.7\n");
        output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
        var offsets = new long[objects.Count];
        for (var i = 0; i < objects.Count; i++)
        {
            var body = objects[i] ?? throw new InvalidOperationException($"PDF object {i + 1} was reserved but never written.");
            offsets[i] = output.Length;
            Write(output, string.Create(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n"));
            output.Write(body);
            Write(output, "\nendobj\n");
        }

        var xref = output.Length;
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Count + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static void Write(Stream output, string text) => output.Write(Encoding.Latin1.GetBytes(text));
}
