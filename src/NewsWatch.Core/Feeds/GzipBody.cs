using System.IO.Compression;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Some servers gzip a feed twice or send gzip without Content-Encoding, and saved feeds can be
/// raw gzip: the magic bytes say so, whatever the headers said.
/// </summary>
internal static class GzipBody
{
    /// <summary>Guards against a small "gzip bomb" body expanding without end.</summary>
    private const long MaxInflatedBytes = 64L * 1024 * 1024;

    public static byte[] Unwrap(byte[] body)
    {
        if (body is not [0x1F, 0x8B, ..])
            return body;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = gzip.Read(chunk)) > 0 && inflated.Length <= MaxInflatedBytes)
                inflated.Write(chunk, 0, read);
            return inflated.Length <= MaxInflatedBytes ? inflated.ToArray() : body;
        }
        catch (InvalidDataException)
        {
            return body;
        }
    }
}
