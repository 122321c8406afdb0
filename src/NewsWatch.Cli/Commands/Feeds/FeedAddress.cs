using System.Diagnostics.CodeAnalysis;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Cli.Commands.Feeds;

/// <summary>
/// Turns what a user types for a feed into its URL: an absolute http(s) URL as it is; a
/// <c>file://</c> URL or a local path (relative to the current directory) as a file URL.
/// </summary>
internal static class FeedAddress
{
    /// <summary>The URL a new feed gets; local files must exist, as polling could never read one that does not.</summary>
    public static bool TryParse(string input, [NotNullWhen(true)] out Uri? url, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(input);
        url = Interpret(input);
        error = Problem(input.Trim(), url);
        if (error is not null)
            url = null;
        return error is null;
    }

    /// <summary>The URL the input names, without checking it could be polled: what finding a watched feed needs.</summary>
    public static Uri? Interpret(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = input.Trim();
        if (text.Contains("://", StringComparison.Ordinal))
            return Uri.TryCreate(text, UriKind.Absolute, out var url) ? url : null;
        return text.Length == 0 || text.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? null : new Uri(Path.GetFullPath(text));
    }

    private static string? Problem(string text, Uri? url) => url switch
    {
        null => $"'{text}' is neither an absolute http(s) URL nor a local file.",
        _ when !WatchedFeed.IsWatchableUrl(url) => $"The URL is {url.AbsoluteUri.Length} characters long; a feed URL may have at most {WatchedFeed.MaxUrlLength}.",
        { IsFile: true } when !File.Exists(url.LocalPath) => $"'{text}' is neither an absolute http(s) URL nor an existing file ({url.LocalPath}).",
        { IsFile: true } => null,
        _ when url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps => $"'{text}' is not an http(s) URL: NewsWatch polls http, https and local files.",
        _ => null,
    };
}
