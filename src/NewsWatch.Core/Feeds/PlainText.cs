using System.Net;
using System.Text.RegularExpressions;

namespace NewsWatch.Core.Feeds;

/// <summary>Turns feed HTML fragments into the plain text the classifier and alerts show.</summary>
public static partial class PlainText
{
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return string.Empty;

        var withoutTags = HtmlMarkup.Strip(html);
        // Feeds often double-escape ("&amp;eacute;"), so decode until nothing changes.
        var decoded = WebUtility.HtmlDecode(withoutTags);
        for (var i = 0; i < 2 && decoded.Contains('&', StringComparison.Ordinal); i++)
        {
            var again = WebUtility.HtmlDecode(decoded);
            if (again == decoded)
                break;
            decoded = HtmlMarkup.Strip(again);
        }

        return Whitespace().Replace(decoded, " ").Trim();
    }

    /// <summary>
    /// Like <see cref="FromHtml"/>, but each paragraph, heading, list item or line break ends a
    /// line, so an article keeps the paragraph structure the classifier reads it by.
    /// </summary>
    public static string ParagraphsFromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
            return string.Empty;
        var lines = BlankLine().Replace(HtmlMarkup.Strip(html, ' ', '\n'), "\n").Split('\n');
        return string.Join('\n', lines.Select(FromHtml).Where(line => line.Length > 0));
    }

    [GeneratedRegex(@"\r?\n\s*\r?\n", RegexOptions.NonBacktracking)]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();
}
