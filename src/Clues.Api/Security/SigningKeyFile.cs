using System.Security.Cryptography;
using Clues.Graph.Embedded.Sealing;

namespace Clues.Api.Security;

/// <summary>Reads and creates the token signing key file (base64 text).</summary>
internal static class SigningKeyFile
{
    public static byte[] Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"The token signing key file '{path}' does not exist.");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"The token signing key file '{path}' must hold the key as base64 text.", e);
        }

        if (key.Length < TokenFormat.MinKeyLength)
        {
            throw new InvalidOperationException($"The token signing key in '{path}' must have at least {TokenFormat.MinKeyLength} bytes; it has {key.Length}.");
        }

        return key;
    }

    public static byte[] Create(string path)
    {
        var key = RandomNumberGenerator.GetBytes(TokenFormat.MinKeyLength);
        SealingKey.WriteSecretFile(path, Convert.ToBase64String(key));
        return key;
    }
}
