using System.Collections.Concurrent;
using System.Security.Cryptography;
using Azure;
using Azure.Security.KeyVault.Secrets;

namespace NewsWatch.Core.Secrets;

/// <summary>
/// The data keys of an Azure installation: the versions of one Key Vault secret, each the
/// base64 of 32 random bytes, the latest sealing. The app's identity needs only to read
/// secrets; rotating takes a role that may set them (a person or pipeline, not the app).
/// The current key is asked for again after <see cref="SecretsOptions.CurrentKeyLifetime"/>,
/// so a version added in the vault takes over without a restart; sooner when a row sealed
/// with a newer version is read, so no process ever seals a row back onto an older key.
/// </summary>
public sealed class KeyVaultDataKeyRing(SecretClient client, string keyName, TimeSpan currentKeyLifetime, TimeProvider time) : IDataKeyRing
{
    private readonly ConcurrentDictionary<string, DataKey> versions = new(StringComparer.Ordinal);

    // A hostile or stale id in a row must not cost a vault call on every read.
    private readonly ConcurrentDictionary<string, DateTimeOffset> missingUntil = new(StringComparer.Ordinal);

    // Replaced whole, never changed in place, so readers on other threads see one consistent pair.
    private volatile CachedKey? current;

    public string Location => new Uri(client.VaultUri, "secrets/" + keyName).AbsoluteUri;

    public async ValueTask<DataKey> CurrentAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (current is { } cached && now - cached.FetchedAt < currentKeyLifetime)
            return cached.Key;
        try
        {
            var key = Remember(await client.GetSecretAsync(keyName, cancellationToken: cancellationToken));
            current = new CachedKey(key, now);
            return key;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new InvalidOperationException($"The data key {Location} does not exist yet; create it (see docs/deploy.md, 'The data key').", ex);
        }
    }

    /// <summary>The version with this id; null when the vault has none, or it is disabled (403), so the row it sealed is reported as one that does not open.</summary>
    public async ValueTask<DataKey?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (versions.TryGetValue(id, out var known))
            return known;
        var now = time.GetUtcNow();
        if (missingUntil.TryGetValue(id, out var until) && now < until)
            return null;
        try
        {
            var key = Remember(await client.GetSecretAsync(keyName, id, cancellationToken));
            if (current is { } cached && cached.Key.IsOlderThan(key))
                current = new CachedKey(key, now);
            return key;
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 403)
        {
            missingUntil[id] = now + currentKeyLifetime;
            return null;
        }
    }

    public async ValueTask<DataKey> RotateAsync(CancellationToken cancellationToken)
    {
        var secret = new KeyVaultSecret(keyName, Convert.ToBase64String(RandomNumberGenerator.GetBytes(DataKey.Length)))
        {
            Properties = { ContentType = "application/vnd.newswatch.data-key; encoding=base64" },
        };
        var key = Remember(await client.SetSecretAsync(secret, cancellationToken));
        current = new CachedKey(key, time.GetUtcNow());
        return key;
    }

    private DataKey Remember(KeyVaultSecret secret)
    {
        byte[] material;
        try
        {
            material = Convert.FromBase64String(secret.Value);
        }
        catch (FormatException ex)
        {
            throw new InvalidOperationException($"Version {secret.Properties.Version} of {Location} is not base64.", ex);
        }

        if (material.Length != DataKey.Length)
            throw new InvalidOperationException($"Version {secret.Properties.Version} of {Location} holds {material.Length} bytes; a data key has {DataKey.Length} (openssl rand -base64 32).");
        var key = new DataKey(secret.Properties.Version, material, secret.Properties.CreatedOn ?? DateTimeOffset.MinValue);
        versions[key.Id] = key;
        return key;
    }

    private sealed record CachedKey(DataKey Key, DateTimeOffset FetchedAt);
}
