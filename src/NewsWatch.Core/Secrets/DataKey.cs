namespace NewsWatch.Core.Secrets;

/// <summary>A 256-bit AES key that seals secrets at rest, the id a sealed value names it by, and when it was made.</summary>
public sealed class DataKey
{
    public const int Length = 32;

    public DataKey(string id, byte[] material, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(material);
        if (material.Length != Length)
            throw new ArgumentException($"A data key has {Length} bytes; this one has {material.Length}.", nameof(material));
        if (!IsValidId(id))
            throw new ArgumentException("A data key id holds letters, digits and dashes only.", nameof(id));
        Id = id;
        Material = material;
        CreatedAt = createdAt;
    }

    public string Id { get; }

    public ReadOnlyMemory<byte> Material { get; }

    /// <summary>
    /// When the key was made. A value sealed with an older key than the current one is sealed
    /// again; one sealed with a newer key (another process already rotated) is left alone.
    /// </summary>
    public DateTimeOffset CreatedAt { get; }

    public bool IsOlderThan(DataKey other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return CreatedAt < other.CreatedAt;
    }

    /// <summary>Ids appear inside sealed values, between dots, so they may not hold one.</summary>
    public static bool IsValidId(string id) =>
        id.Length is > 0 and <= 64 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>The key material stays out of logs and exception messages.</summary>
    public override string ToString() => $"DataKey {Id}";
}
