using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace NewsWatch.Core.Secrets;

/// <summary>
/// Seals secrets for storage with AES-256-GCM under the ring's current data key, bound to
/// where they are stored (<see cref="SealContext"/>). A sealed value reads
/// <c>sealed.v1.&lt;key id&gt;.&lt;base64url of nonce, ciphertext and tag&gt;</c>, so it names the key that opens it.
/// </summary>
/// <param name="acceptPlaintext">Whether plaintext written before sealing existed is read (and marked for sealing) or refused.</param>
public sealed class SecretSealer(IDataKeyRing keys, bool acceptPlaintext = true)
{
    public const string Prefix = "sealed.v1.";

    private const int NonceLength = 12;
    private const int TagLength = 16;

    public static bool IsSealed(string? stored) => stored is not null && stored.StartsWith(Prefix, StringComparison.Ordinal);

    public async ValueTask<string> SealAsync(string plaintext, SealContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var key = await keys.CurrentAsync(cancellationToken);
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var sealedBytes = new byte[NonceLength + plain.Length + TagLength];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(key.Material.Span, TagLength))
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceLength, plain.Length), sealedBytes.AsSpan(NonceLength + plain.Length), context.AssociatedData());
        CryptographicOperations.ZeroMemory(plain);
        return Prefix + key.Id + "." + Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>
    /// Opens a stored value. Plaintext, as earlier versions stored it, is returned as it is and
    /// marked for resealing. Throws <see cref="SealedValueException"/> when a sealed value does
    /// not open here.
    /// </summary>
    public async ValueTask<OpenedValue> OpenAsync(string stored, SealContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsSealed(stored))
        {
            return acceptPlaintext
                ? new OpenedValue(stored, NeedsResealing: true)
                : throw new SealedValueException($"The value at {context} is plaintext where a sealed value belongs, and NewsWatch:Secrets:RequireSealed refuses it.");
        }

        var (keyId, sealedBytes) = Parse(stored, context);
        var key = await keys.FindAsync(keyId, cancellationToken)
            ?? throw new SealedValueException($"The value at {context} was sealed with data key '{keyId}', which {keys.Location} does not hold.");
        var plain = new byte[sealedBytes.Length - NonceLength - TagLength];
        try
        {
            using var aes = new AesGcm(key.Material.Span, TagLength);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceLength), sealedBytes.AsSpan(NonceLength, plain.Length), sealedBytes.AsSpan(NonceLength + plain.Length), plain, context.AssociatedData());
        }
        catch (AuthenticationTagMismatchException ex)
        {
            throw new SealedValueException($"The value at {context} does not open: it was sealed for another place, or altered.", ex);
        }

        var current = await keys.CurrentAsync(cancellationToken);
        return new OpenedValue(Encoding.UTF8.GetString(plain), NeedsResealing: key.IsOlderThan(current));
    }

    private static (string KeyId, byte[] SealedBytes) Parse(string stored, SealContext context)
    {
        var rest = stored.AsSpan(Prefix.Length);
        var dot = rest.IndexOf('.');
        var keyId = dot > 0 ? rest[..dot].ToString() : string.Empty;
        byte[]? sealedBytes = null;
        if (DataKey.IsValidId(keyId) && Base64Url.IsValid(rest[(dot + 1)..]))
            sealedBytes = Base64Url.DecodeFromChars(rest[(dot + 1)..]);
        if (sealedBytes is null || sealedBytes.Length < NonceLength + TagLength)
            throw new SealedValueException($"The value at {context} is not a well-formed sealed value.");
        return (keyId, sealedBytes);
    }
}
