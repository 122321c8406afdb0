namespace NewsWatch.Core.Feeds;

/// <summary>
/// The form of a link that lets two feeds be recognised as carrying the same article:
/// tracking parameters and the fragment removed, scheme and host lower-cased.
/// </summary>
public static class CanonicalLink
{
    private static readonly string[] TrackingParameters = ["fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid"];

    public static string From(Uri link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var builder = new UriBuilder(link) { Fragment = string.Empty };
        builder.Scheme = builder.Scheme.ToLowerInvariant();
        builder.Host = builder.Host.ToLowerInvariant();
        builder.Query = string.Join('&', QueryPairs(link.Query).Where(pair => !IsTracking(pair)));
        if (builder.Uri.IsDefaultPort)
            builder.Port = -1;
        return builder.Uri.AbsoluteUri;
    }

    private static string[] QueryPairs(string query) =>
        query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries);

    private static bool IsTracking(string pair)
    {
        var name = pair.Split('=', 2)[0];
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)
            || TrackingParameters.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
