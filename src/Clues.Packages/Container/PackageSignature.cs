namespace Clues.Packages.Container;

/// <summary>
/// The content of <c>manifest.sig</c>: <c>{"algorithm":"ES256","keyId":"…","signature":"…"}</c>, where signature is
/// base64 of the DER (RFC 3279) ECDSA P-256 signature over SHA-256 of the exact manifest.json bytes, so
/// <c>openssl dgst -sha256 -verify office.pub -signature sig.der manifest.json</c> checks it too.
/// </summary>
internal sealed record PackageSignature(string Algorithm, string KeyId, string Signature)
{
    public const string Es256 = "ES256";
}
