using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// The specifics two reports of one event share whatever their language: the names they
/// capitalise and the numbers they give ("20%", "45", "1,200", or in words: "a fifth", "zehn").
/// Used when reports share only an organisation, which alone says too little ("two departures at OpenAI this
/// week" are two stories).
/// </summary>
public static class ContentAnchors
{
    // Enough to tell stories apart; a longer text adds repetitions, not new specifics.
    public const int MaxAnchors = 40;
    private const int MinWordLength = 3;
    private const int MaxScan = 4_000;

    // Names and numbers are short; a longer run of letters is noise, and would crowd the column.
    private const int MaxAnchorLength = 40;

    // Millions, billions and thousands as outlets abbreviate them after an amount, in the seven languages.
    private static readonly FrozenSet<string> Magnitudes = new[] { "k", "m", "mn", "mln", "mio", "b", "bn", "mrd", "md", "mld", "mds" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The anchors of a report: folded, lower case, without the names in <paramref name="leaveOut"/>.</summary>
    public static IReadOnlySet<string> Of(string title, string summary, IEnumerable<string> leaveOut)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(leaveOut);
        var skip = leaveOut.SelectMany(n => Words(Fold(n))).ToHashSet(StringComparer.Ordinal);
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        Collect(title, skip, anchors);
        Collect(summary ?? string.Empty, skip, anchors);
        return anchors;
    }

    /// <summary>How much of the smaller set the other shares (0..1), and how many anchors that is.</summary>
    public static (double Share, int Shared) Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
            return (0, 0);
        var shared = a.Count(b.Contains);
        return ((double)shared / Math.Min(a.Count, b.Count), shared);
    }

    private static void Collect(string text, HashSet<string> skip, HashSet<string> anchors)
    {
        var span = text.Length > MaxScan ? text[..MaxScan] : text;
        var sentenceStart = true;
        var words = new RecentWords();
        var i = 0;
        while (i < span.Length && anchors.Count < MaxAnchors)
        {
            var c = span[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < span.Length && IsWordCharacter(span, i))
                    i++;
                var word = span[start..i];
                if (word.Length <= MaxAnchorLength)
                {
                    var folded = Fold(word);
                    if (Number(folded, words, anchors) is { } digits)
                        anchors.Add(digits);
                    else if (IsAnchor(word, sentenceStart) && !skip.Contains(folded))
                        anchors.Add(folded);
                    words.Push(folded);
                }

                sentenceStart = false;
                continue;
            }

            if (c is '.' or '!' or '?' or ':' or '\n')
                sentenceStart = true;
            // "forty-five" and "cuarenta y cinco" are one number; "twenty. One left" is two.
            if (!char.IsWhiteSpace(c) && c != '-')
                words.Clear();
            i++;
        }
    }

    // A number in words is its digits however it is capitalised ("Two", "two"); a tens word and
    // the unit after it are one number ("forty-five", "cuarenta y cinco"), so the tens alone is
    // taken back; an amount's magnitude is not part of it ("€40m" is the "40 millions" of another outlet).
    private static string? Number(string folded, RecentWords words, HashSet<string> anchors)
    {
        if (words.Last is { } last)
        {
            var (tens, joined) = NumberWords.IsTensJoin(last) && words.BeforeLast is { } before ? (before, last) : (last, null);
            if (NumberWords.IsTens(tens) && NumberWords.DigitsOfPair(tens, joined, folded) is { } pair)
            {
                anchors.Remove(NumberWords.DigitsOf(tens)!);
                return pair;
            }
        }

        if (char.IsDigit(folded[0]))
            return WithoutMagnitude(folded);
        return NumberWords.DigitsOf(folded, words.Last);
    }

    // "40m", "2bn", "1.5mrd": digits, then a magnitude. Other letters make another word ("5G", "4th").
    private static string? WithoutMagnitude(string folded)
    {
        var end = folded.Length;
        while (end > 0 && char.IsAsciiLetterLower(folded[end - 1]))
            end--;
        var digits = folded[..end];
        return end > 0 && end < folded.Length && Magnitudes.Contains(folded[end..]) && !IsYear(digits) ? digits : null;
    }

    // The two words before the current one, folded.
    private sealed class RecentWords
    {
        public string? Last { get; private set; }

        public string? BeforeLast { get; private set; }

        public void Push(string folded) => (BeforeLast, Last) = (Last, folded);

        public void Clear() => (BeforeLast, Last) = (null, null);
    }

    // "20%", "3.5", "1,200" are one anchor each: a point or comma between digits stays inside.
    private static bool IsWordCharacter(string text, int i) =>
        char.IsLetterOrDigit(text[i]) || text[i] == '%'
        || (text[i] is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]));

    // Numbers are anchors, years aside (every story has one); capitalised words are anchors unless
    // they open a sentence, where every word is capitalised.
    private static bool IsAnchor(string word, bool sentenceStart)
    {
        if (char.IsDigit(word[0]))
            return !IsYear(word);
        return !sentenceStart && word.Length >= MinWordLength && char.IsUpper(word[0]);
    }

    private static bool IsYear(string word) =>
        word.Length == 4 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100;

    private static string[] Words(string folded) => folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    // Accents and case folded as the classifier folds them ("Zwölf", "zwolf"; "dreißig", "dreissig").
    private static string Fold(string text)
    {
        var folded = AccentFolding.Fold(text.ToLowerInvariant());
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            // "1,200" and "1.200" are one number, and "30%" is the "30 %" or "30 Prozent" of another
            // language: a separator or a percent sign is dropped, not turned into a space.
            if ((c is ',' or '.' && builder.Length > 0 && char.IsDigit(builder[^1])) || c == '%')
                continue;
            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString().Trim();
    }
}
