using System.IO.Compression;
using System.Text;

namespace NewsWatch.Testing.Fuzzing;

/// <summary>Gzip as a feed server (or an attacker) sends it: wrapped bodies, their inflated size, and bombs.</summary>
public static class Gzip
{
    private const int BombMemberBytes = 1024 * 1024;

    public static byte[] Compress(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }

    public static bool IsGzip(byte[] body) => body is [0x1F, 0x8B, ..];

    /// <summary>How many bytes <paramref name="body"/> inflates to, counting no further than <paramref name="limit"/> + 1.</summary>
    public static long InflatedLength(byte[] body, long limit)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            var chunk = new byte[81920];
            long total = 0;
            int read;
            while (total <= limit && (read = gzip.Read(chunk)) > 0)
                total += read;
            return total;
        }
        catch (InvalidDataException)
        {
            return 0;
        }
    }

    /// <summary>
    /// A body of about <paramref name="size"/> bytes that inflates to about a thousand times as
    /// much: an RSS item whose title never ends. Gzip members may be concatenated, so one
    /// compressed megabyte of 'a' (about 1 KB) is simply repeated.
    /// </summary>
    public static byte[] Bomb(int size)
    {
        var head = Compress(Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Bomb</title><item><title>"));
        var member = Compress(Enumerable.Repeat((byte)'a', BombMemberBytes).ToArray());
        using var body = new MemoryStream(size + member.Length);
        body.Write(head);
        do
            body.Write(member);
        while (body.Length + member.Length <= size);
        return body.ToArray();
    }
}
