using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Reads the dates feeds really contain: RFC 822 with or without weekday, two-digit years,
/// named zones (EST, PST), ISO 8601, date-only, and German, Portuguese, Spanish, French or
/// Greek day and month names. A date without a zone is taken as UTC.
/// </summary>
public static partial class FeedDate
{
    /// <summary>Far longer than any real date with its zone name; longer text is not a date, whatever it starts with.</summary>
    private const int MaxLength = 256;

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxLength)
            return null;
        var cleaned = Whitespace().Replace(text.Replace("<![CDATA[", " ", StringComparison.Ordinal).Replace("]]>", " ", StringComparison.Ordinal), " ").Trim();
        return FromRfc822(cleaned) ?? FromIso8601(cleaned);
    }

    private static DateTimeOffset? FromRfc822(string text)
    {
        var match = Rfc822().Match(text);
        if (!match.Success || MonthNames.Number(match.Groups["month"].Value) is not { } month)
            return null;
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        // RFC 2822 §4.3: two-digit years 00-49 are 20xx, 50-99 are 19xx.
        if (match.Groups["year"].Length == 2)
            year += year < 50 ? 2000 : 1900;
        if (TimeZoneOffset.Parse(match.Groups["zone"].Value) is not { } offset)
            return null;
        try
        {
            return new DateTimeOffset(year, month, Number(match, "day"), Number(match, "hour"), Number(match, "minute"), Number(match, "second"), offset).ToUniversalTime();
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // Only year-first dates go to the framework parser, which otherwise guesses at anything.
    private static DateTimeOffset? FromIso8601(string text) =>
        YearFirst().IsMatch(text) && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date.ToUniversalTime()
            : null;

    private static int Number(Match match, string group) =>
        match.Groups[group].Success && match.Groups[group].Length > 0 ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : 0;

    // Optional weekday in any language, day, month name, 2- or 4-digit year, time with or without colons, any zone text.
    [GeneratedRegex(@"^(?:[^\d\s,]+\.?,?\s+)?(?<day>\d{1,2})\.?\s+(?<month>[^\d\s.,]+)\.?,?\s+(?<year>\d{4}|\d{2})(?:,?\s+(?<hour>\d{1,2}):?(?<minute>\d{2})(?::?(?<second>\d{2}))?(?:\.\d+)?)?\s*(?<zone>.*)$", RegexOptions.NonBacktracking)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"^\d{4}[-/]\d{1,2}[-/]\d{1,2}", RegexOptions.NonBacktracking)]
    private static partial Regex YearFirst();

    [GeneratedRegex(@"\s+", RegexOptions.NonBacktracking)]
    private static partial Regex Whitespace();

    private static class MonthNames
    {
        // Prefixes without diacritics; the longest matching prefix wins ("ιουν" vs "ιουλ", "juin" vs "juil").
        private static readonly (string Prefix, int Month)[] Prefixes =
        [
            ("jan", 1), ("ene", 1), ("janv", 1), ("ιαν", 1), ("feb", 2), ("fev", 2), ("fév", 2), ("φεβ", 2),
            ("mar", 3), ("mär", 3), ("mrz", 3), ("μαρ", 3), ("apr", 4), ("abr", 4), ("avr", 4), ("απρ", 4),
            ("may", 5), ("mai", 5), ("μαι", 5), ("jun", 6), ("juin", 6), ("ιουν", 6), ("jul", 7), ("juil", 7), ("ιουλ", 7),
            ("aug", 8), ("ago", 8), ("aou", 8), ("αυγ", 8), ("sep", 9), ("set", 9), ("σεπ", 9),
            ("oct", 10), ("okt", 10), ("out", 10), ("οκτ", 10), ("nov", 11), ("νοε", 11), ("dec", 12), ("dez", 12), ("dic", 12), ("δεκ", 12),
        ];

        public static int? Number(string name)
        {
            var key = WithoutDiacritics(name.ToLowerInvariant());
            return Prefixes.Where(p => key.StartsWith(WithoutDiacritics(p.Prefix), StringComparison.Ordinal))
                .OrderByDescending(p => p.Prefix.Length)
                .Select(p => (int?)p.Month)
                .FirstOrDefault();
        }

        private static string WithoutDiacritics(string text) => string.Concat(
            text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark));
    }
}
