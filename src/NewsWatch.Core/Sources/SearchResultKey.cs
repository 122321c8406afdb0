using NewsWatch.Core.Sources.Queries;
using System.Globalization;
using System.Text;

namespace NewsWatch.Core.Sources;

/// <summary>
/// The canonical link search results share, <c>search-result://outlet.example/the-headline-in-words</c>:
/// Google News hides the article behind an opaque redirect that cannot be resolved offline, so
/// the one thing Google and Bing both tell about an article is its outlet and its headline.
/// Keyed this way, the same article from two engines or two queries meets in the Links
/// table. The trade-off: the outlet's own feed, keyed by the article's real URL, does not
/// meet it there; that duplicate is joined later, by the stories, which compare the text.
/// </summary>
public static class SearchResultKey
{
    public const string Scheme = "search-result";

    /// <summary>Mobile and "www" prefixes name the same outlet as its bare domain.</summary>
    private static readonly string[] HostPrefixes = ["www.", "m.", "amp.", "mobile."];

    /// <summary>The key, or null when the host or the headline leaves nothing to key on.</summary>
    public static string? For(string outletHost, string title)
    {
        ArgumentNullException.ThrowIfNull(outletHost);
        var host = Host(outletHost);
        var words = Words(title);
        return host.Length == 0 || words.Length == 0 ? null : $"{Scheme}://{host}/{words}";
    }

    /// <summary>
    /// The headline's letters and digits, lower-case, accents removed, every run of anything
    /// else one hyphen: engines differ in quotes, dashes and spacing, not in words.
    /// </summary>
    public static string Words(string? text) => string.Join('-', SearchWords.Split(text ?? string.Empty));

    private static string Host(string host)
    {
        var lower = host.Trim().TrimEnd('.').ToLowerInvariant();
        var prefix = HostPrefixes.FirstOrDefault(p => lower.StartsWith(p, StringComparison.Ordinal) && lower.Length > p.Length);
        return prefix is null ? lower : lower[prefix.Length..];
    }
}
