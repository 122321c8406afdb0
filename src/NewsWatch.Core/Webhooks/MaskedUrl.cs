namespace NewsWatch.Core.Webhooks;

/// <summary>
/// A subscription's URL as it may be shown after creation: scheme, host (and a port that is not
/// the default) and the last characters, as in <c>https://hooks.slack.com/…Xy9z</c>. Slack, Teams
/// and Discord webhook URLs are their own credential, in the path, and any receiver may put a
/// token in the path or query; the tail is only there to tell one endpoint from another.
/// </summary>
public static class MaskedUrl
{
    private const string Hidden = "…";
    private const int TailLength = 4;

    /// <summary>A path and query this short shows no tail: its last characters would be most of it.</summary>
    private const int LongestWithoutTail = 8;

    public static string Of(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        RequireAbsolute(url);
        return Origin(url) + PathOf(url);
    }

    /// <summary>
    /// Only the part after the host, masked: <c>/…Xy9z</c>, <c>/…</c> for a short one, <c>/</c>
    /// when there is nothing to hide. For telemetry names such as <c>POST /…Xy9z</c>.
    /// </summary>
    public static string PathOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        RequireAbsolute(url);
        var rest = url.PathAndQuery + url.Fragment;
        if (rest is "/" or "" && url.UserInfo.Length == 0)
            return "/";
        return rest.Length <= LongestWithoutTail ? "/" + Hidden : "/" + Hidden + rest[^TailLength..];
    }

    /// <summary>
    /// The text with the URL, whole or its path and query, replaced by the masked form: for error
    /// messages from code that may quote the request it failed on, before they are stored or logged.
    /// </summary>
    public static string Redact(string text, Uri url)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(url);
        RequireAbsolute(url);
        var masked = Of(url);
        var redacted = text.Replace(url.AbsoluteUri, masked, StringComparison.Ordinal).Replace(url.OriginalString, masked, StringComparison.Ordinal);
        // Longest first: the path alone (as in "POST /path") is also a part of the path and query.
        foreach (var part in (string[])[url.PathAndQuery, url.AbsolutePath])
        {
            if (part.Length > 1)
                redacted = redacted.Replace(part, PathOf(url), StringComparison.Ordinal);
        }

        return redacted;
    }

    /// <summary>Scheme and authority without user information, which <see cref="Uri.GetLeftPart"/> would keep.</summary>
    private static string Origin(Uri url) => url.Scheme + Uri.SchemeDelimiter + url.Authority;

    private static void RequireAbsolute(Uri url)
    {
        if (!url.IsAbsoluteUri)
            throw new ArgumentException("A subscription URL is absolute.", nameof(url));
    }
}
