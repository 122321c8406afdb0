using System.ComponentModel.DataAnnotations;

namespace NewsWatch.Core.Secrets;

/// <summary>
/// The <c>NewsWatch:Secrets</c> section: where the data key that seals secrets at rest lives.
/// With a <see cref="KeyVaultUri"/> it is a Key Vault secret; without one, a file only its
/// owner can read.
/// </summary>
public sealed class SecretsOptions
{
    public const string Section = "NewsWatch:Secrets";

    public const string DefaultKeyName = "newswatch-data-key";

    /// <summary>The vault holding the data key, e.g. <c>https://kv-newswatch.vault.azure.net/</c>.</summary>
    [Url(ErrorMessage = "NewsWatch:Secrets:KeyVaultUri must be the vault's URI, e.g. https://<name>.vault.azure.net/.")]
    public string? KeyVaultUri { get; set; }

    /// <summary>The Key Vault secret whose versions are the data keys; the latest version seals.</summary>
    [RegularExpression("^[0-9A-Za-z-]{1,127}$", ErrorMessage = "NewsWatch:Secrets:KeyName must be a Key Vault secret name: letters, digits and dashes (at most 127).")]
    public string KeyName { get; set; } = DefaultKeyName;

    /// <summary>Client id of the user-assigned managed identity that reads the vault, if any.</summary>
    public string? ClientId { get; set; }

    /// <summary>The local key file; by default <c>NewsWatch/data-keys.json</c> in the user's local application data folder.</summary>
    public string? KeyFile { get; set; }

    /// <summary>How long a vault's current key is trusted before asking again, so a new version takes over without a restart.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "NewsWatch:Secrets:CurrentKeyLifetime must be between 0 and 24 hours.")]
    public TimeSpan CurrentKeyLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Refuse plaintext where a sealed value belongs, instead of reading it as a row from before
    /// sealing existed. Turn it on once every row has been read (sealed) since the upgrade:
    /// then a value planted in plaintext by someone who may write the table is not used.
    /// </summary>
    public bool RequireSealed { get; set; }

    public string KeyFilePath()
    {
        if (!string.IsNullOrWhiteSpace(KeyFile))
            return Path.GetFullPath(KeyFile);
        var dataFolder = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(dataFolder))
            throw new InvalidOperationException("This user has no local application data folder for the data key file; set NewsWatch:Secrets:KeyFile (or NewsWatch:Secrets:KeyVaultUri).");
        return Path.Combine(dataFolder, "NewsWatch", "data-keys.json");
    }
}
