namespace Clues.Packages.Container.Zip;

/// <summary>The zip CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320).</summary>
internal sealed class Crc32
{
    private static readonly uint[] Table = BuildTable();

    private uint state = 0xFFFF_FFFF;

    public uint Value => ~state;

    public void Append(ReadOnlySpan<byte> data)
    {
        var crc = state;
        foreach (var b in data)
        {
            crc = Table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        state = crc;
    }

    private static uint[] BuildTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1;
            }

            table[i] = c;
        }

        return table;
    }
}
