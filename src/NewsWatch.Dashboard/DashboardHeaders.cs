namespace NewsWatch.Dashboard;

/// <summary>
/// The headers every dashboard file goes out with. The page renders text that feeds wrote, so
/// the policy allows scripts and styles from the app alone (no inline code, nothing remote),
/// calls to the app's own API only, and no framing.
/// </summary>
public static class DashboardHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Content-Security-Policy"] = ContentSecurityPolicy,
        ["X-Content-Type-Options"] = "nosniff",
        ["Referrer-Policy"] = "no-referrer",
        ["X-Frame-Options"] = "DENY",
        // Small files, revalidated on every load (an ETag makes that a 304), so an upgrade shows at once.
        ["Cache-Control"] = "no-cache",
    };
}
