using System.Buffers.Binary;
using System.IO.Compression;

namespace Clues.Packages.Tests.Letters;

/// <summary>Decodes the 8-bit greyscale or RGB PNGs pdftoppm writes, enough to count dark pixels.</summary>
internal static class PngPixels
{
    public static (int Width, int Height, double DarkRatio) DarkPixels(byte[] png)
    {
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        var colourType = png[25];
        Assert.Equal(8, png[24]);
        var channels = colourType switch { 0 => 1, 2 => 3, 6 => 4, _ => throw new InvalidDataException($"PNG colour type {colourType} not handled") };
        using var idat = new MemoryStream();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (type == "IDAT")
            {
                idat.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var zlib = new ZLibStream(idat, CompressionMode.Decompress);
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        long dark = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = zlib.ReadByte();
            zlib.ReadExactly(row);
            for (var i = 0; i < stride; i++)
            {
                var left = i >= channels ? row[i - channels] : 0;
                var up = previous[i];
                var upLeft = i >= channels ? previous[i - channels] : 0;
                row[i] = (byte)(row[i] + filter switch
                {
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => 0,
                });
            }

            for (var x = 0; x < width; x++)
            {
                if (row[x * channels] < 128)
                {
                    dark++;
                }
            }

            (previous, row) = (row, previous);
        }

        return (width, height, dark / (double)(width * height));
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
