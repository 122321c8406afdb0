using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Sources.Queries;

/// <summary>
/// Splits text into the words a search engine indexes: lower-cased, accents removed, cut at every
/// character that is not a letter or digit. Queries and texts go through the same split, so
/// "Sûreté", "surete" and "SÛRETÉ" are one word and "l'équipe" is the two words "l" and "equipe".
/// </summary>
internal static class SearchWords
{
    public static List<string> Split(string text)
    {
        var folded = AccentFolding.Fold(WithoutLoneSurrogates(text).ToLowerInvariant());
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (inWord && start < 0)
                start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(folded[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // Unicode normalisation throws on a lone surrogate; hostile feeds and queries can hold one.
    private static string WithoutLoneSurrogates(string text)
    {
        if (!text.Any(char.IsSurrogate))
            return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var isPair = i + 1 < chars.Length && char.IsSurrogatePair(chars[i], chars[i + 1]);
            if (isPair)
                i++;
            else if (char.IsSurrogate(chars[i]))
                chars[i] = ' ';
        }

        return new string(chars);
    }
}
