using System.Collections.Frozen;
using System.Security.Cryptography;

namespace NewsWatch.Dashboard;

/// <summary>
/// The dashboard's files, read once from the assembly's resources. A request names a file by
/// its path under <c>wwwroot</c>; only the files that were built in can ever be served, so no
/// path a caller sends reaches the file system.
/// </summary>
public static class DashboardAssets
{
    public const string Index = "index.html";

    private const string Prefix = "wwwroot/";

    private static readonly FrozenDictionary<string, string> MediaTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
        [".json"] = "application/json; charset=utf-8",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly Lazy<FrozenDictionary<string, DashboardAsset>> All = new(Load);

    /// <summary>Every built-in file's path.</summary>
    public static IEnumerable<string> Paths => All.Value.Keys;

    /// <summary>The file at <paramref name="path"/> (empty: the page itself), or null when there is none.</summary>
    public static DashboardAsset? Find(string? path) =>
        All.Value.GetValueOrDefault(string.IsNullOrEmpty(path) ? Index : path);

    private static FrozenDictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var assets = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            // MSBuild writes the folder separator of the machine that built it.
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix, StringComparison.Ordinal) || !MediaTypes.TryGetValue(System.IO.Path.GetExtension(path), out var mediaType))
                continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            var relative = path[Prefix.Length..];
            assets[relative] = new DashboardAsset(relative, mediaType, bytes, $"\"{Convert.ToBase64String(SHA256.HashData(bytes), 0, 16)}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
