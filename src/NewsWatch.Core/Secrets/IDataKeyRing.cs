namespace NewsWatch.Core.Secrets;

/// <summary>
/// The data keys of an installation: the current one seals, and every earlier one still
/// opens what it sealed, so rotating the key never strands a row.
/// </summary>
public interface IDataKeyRing
{
    /// <summary>The key new values are sealed with; created on first use where the ring can create one.</summary>
    ValueTask<DataKey> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>The key with this id, or null when the ring does not hold it.</summary>
    ValueTask<DataKey?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>Makes a new key current; earlier keys stay to open what they sealed.</summary>
    ValueTask<DataKey> RotateAsync(CancellationToken cancellationToken);

    /// <summary>Where the keys live, for messages: a file path or a vault secret's URI. Never key material.</summary>
    string Location { get; }
}
