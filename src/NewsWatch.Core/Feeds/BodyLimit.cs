namespace NewsWatch.Core.Feeds;

/// <summary>
/// Reads a body while counting, so an endless or huge response is cut off at the limit
/// instead of being buffered whole first (Content-Length may be absent or a lie).
/// </summary>
internal static class BodyLimit
{
    public static async Task<byte[]?> ReadAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static string TooLarge(long limit) => $"The feed is larger than the {Describe(limit)} limit.";

    public static string Describe(long bytes) => bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MiB"
        : $"{bytes} byte";
}
