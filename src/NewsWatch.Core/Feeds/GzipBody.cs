using System.IO.Compression;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Some servers gzip a feed twice or send gzip without Content-Encoding, and saved feeds can be
/// raw gzip: the magic bytes say so, whatever the headers said.
/// </summary>
internal static class GzipBody
{
    /// <summary>
    /// The inflated body, the body itself when it is not gzip (or not valid gzip), or null when
    /// it inflates past <paramref name="maxBytes"/>: the same limit as a plain body, so a small
    /// "gzip bomb" costs no more than an honest feed of that size.
    /// </summary>
    public static byte[]? Unwrap(byte[] body, long maxBytes)
    {
        if (body is not [0x1F, 0x8B, ..])
            return body;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = gzip.Read(chunk)) > 0)
            {
                if (inflated.Length + read > maxBytes)
                    return null;
                inflated.Write(chunk, 0, read);
            }

            return inflated.ToArray();
        }
        catch (InvalidDataException)
        {
            return body;
        }
    }
}
