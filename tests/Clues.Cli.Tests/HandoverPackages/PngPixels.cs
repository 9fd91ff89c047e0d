using System.Buffers.Binary;
using System.IO.Compression;

namespace Clues.Cli.Tests.HandoverPackages;

/// <summary>Decodes the 8-bit, non-interlaced PNGs pdftoppm writes, far enough to count dark pixels.</summary>
internal static class PngPixels
{
    /// <summary>Share of pixels darker than mid-grey: ink on the page.</summary>
    public static double DarkShare(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.AsSpan(0, 8).SequenceEqual(new byte[] { 137, 80, 78, 71, 13, 10, 26, 10 }), $"{path} is not a PNG.");
        int width = 0, height = 0, channels = 0;
        using var idat = new MemoryStream();
        for (var at = 8; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            var data = bytes.AsSpan(at + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.Equal(8, data[8]);
                channels = data[9] switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, var other => throw new InvalidDataException($"PNG colour type {other} is not handled here.") };
                Assert.Equal(0, data[12]);
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            at += 12 + length;
        }

        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        var previous = new byte[stride];
        var current = new byte[stride];
        long dark = 0;
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            var line = raw.AsSpan(y * (stride + 1) + 1, stride);
            for (var x = 0; x < stride; x++)
            {
                var left = x >= channels ? current[x - channels] : 0;
                var up = previous[x];
                var upLeft = x >= channels ? previous[x - channels] : 0;
                current[x] = (byte)(line[x] + filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"PNG filter {filter} on row {y}."),
                });
            }

            for (var x = 0; x < width; x++)
            {
                var luminance = channels >= 3
                    ? (current[x * channels] * 299 + current[x * channels + 1] * 587 + current[x * channels + 2] * 114) / 1000
                    : current[x * channels];
                if (luminance < 128)
                {
                    dark++;
                }
            }

            (previous, current) = (current, previous);
        }

        return dark / (double)(width * (long)height);
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
