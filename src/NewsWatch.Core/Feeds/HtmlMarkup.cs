using System.Text;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Removes markup from an HTML fragment in one pass: tags, comments, and scripts and styles
/// with their contents. A regular expression with a lazy "anything up to &lt;/script&gt;"
/// rescans the rest of the text at every unclosed tag, which is quadratic on hostile input;
/// here each closing search runs at most once per kind of closer, so the cost is linear.
/// </summary>
internal static class HtmlMarkup
{
    /// <summary>The text without markup; each removed piece becomes <paramref name="separator"/> (a block element's too, when <paramref name="blockSeparator"/> is given).</summary>
    public static string Strip(string html, char separator = ' ', char? blockSeparator = null)
    {
        var output = new StringBuilder(html.Length);
        var closers = new MissingClosers();
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0)
            {
                output.Append(html, i, html.Length - i);
                break;
            }

            output.Append(html, i, open - i);
            var end = EndOfMarkup(html, open, closers);
            if (end < 0)
            {
                // Not markup ("a < b", or a tag never closed): the '<' is text.
                output.Append('<');
                i = open + 1;
                continue;
            }

            output.Append(blockSeparator is { } block && IsBlock(html, open) ? block : separator);
            i = end;
        }

        return output.ToString();
    }

    /// <summary>Where the markup starting at <paramref name="open"/> ends (just past it), or -1 when it is not markup.</summary>
    private static int EndOfMarkup(string html, int open, MissingClosers closers)
    {
        if (StartsWith(html, open, "<!--"))
            return closers.Find(html, open + 4, "-->");
        var tagEnd = closers.Find(html, open + 1, ">");
        if (tagEnd < 0 || tagEnd == open + 2)
            return -1;
        foreach (var element in (string[])["script", "style"])
        {
            if (IsTag(html, open, element))
                return closers.Find(html, tagEnd, $"</{element}>") is var closed and >= 0 ? closed : tagEnd;
        }

        return tagEnd;
    }

    private static readonly string[] BlockElements =
        ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "section", "article", "figure", "figcaption", "tr", "hr", "pre"];

    private static bool IsBlock(string html, int open)
    {
        var nameStart = open + 1 < html.Length && html[open + 1] == '/' ? open + 2 : open + 1;
        return Array.Exists(BlockElements, element => IsTag(html, nameStart - 1, element));
    }

    // "<script" followed by the end of the name: '>', '/', or white space.
    private static bool IsTag(string html, int open, string name) =>
        StartsWith(html, open + 1, name)
        && open + 1 + name.Length < html.Length
        && html[open + 1 + name.Length] is '>' or '/' or ' ' or '\t' or '\n' or '\r';

    private static bool StartsWith(string html, int at, string value) =>
        at + value.Length <= html.Length && html.AsSpan(at, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Remembers, for each closer ("&gt;", "--&gt;", "&lt;/script&gt;"), where the last search
    /// started and what it found, so that a text full of openers never scans the same stretch
    /// for the same closer twice.
    /// </summary>
    private sealed class MissingClosers
    {
        private readonly Dictionary<string, (int From, int At)> _last = new(StringComparer.Ordinal);

        /// <summary>Just past the first <paramref name="closer"/> at or after <paramref name="from"/>, or -1.</summary>
        public int Find(string html, int from, string closer)
        {
            if (_last.TryGetValue(closer, out var last) && from >= last.From && (last.At < 0 || from <= last.At))
                return last.At < 0 ? -1 : last.At + closer.Length;
            var at = html.IndexOf(closer, from, StringComparison.OrdinalIgnoreCase);
            _last[closer] = (from, at);
            return at < 0 ? -1 : at + closer.Length;
        }
    }
}
