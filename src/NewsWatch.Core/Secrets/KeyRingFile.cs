using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsWatch.Core.Secrets;

/// <summary>The local key file's content: every data key, and which one seals.</summary>
internal sealed record KeyRingFile(
    [property: JsonPropertyName("current")] string Current,
    [property: JsonPropertyName("keys")] IReadOnlyList<KeyRingFile.Entry> Keys)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    internal sealed record Entry(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("createdAt")] DateTimeOffset CreatedAt,
        [property: JsonPropertyName("key")] string Key);

    public static KeyRingFile With(KeyRingFile? ring, DataKey key)
    {
        var entry = new Entry(key.Id, key.CreatedAt, Convert.ToBase64String(key.Material.Span));
        return new KeyRingFile(key.Id, [.. ring?.Keys ?? [], entry]);
    }

    /// <summary>When a key added now is made: never before the newest one, so the newest key is always the latest made, even on a coarse or stopped clock.</summary>
    public DateTimeOffset NextCreatedAt(DateTimeOffset now) =>
        Keys.Count == 0 ? now : Max(now, Keys.Max(k => k.CreatedAt).AddTicks(1));

    public DataKey? Find(string id) =>
        Keys.FirstOrDefault(k => k.Id == id) is { } entry ? new DataKey(entry.Id, Convert.FromBase64String(entry.Key), entry.CreatedAt) : null;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads the file's text; a file that is not a ring, or names a current key it lacks, is refused with where it is.</summary>
    public static KeyRingFile Parse(string text, string path)
    {
        try
        {
            var ring = JsonSerializer.Deserialize<KeyRingFile>(text, Json);
            if (ring?.Keys is null || ring.Find(ring.Current) is null)
                throw new InvalidOperationException($"The data key file {path} names no current key it holds.");
            return ring;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException)
        {
            throw new InvalidOperationException($"The data key file {path} is not a NewsWatch key ring: {ex.Message}", ex);
        }
    }
}
