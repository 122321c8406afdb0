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
        var folded = AccentFolding.Fold(text.ToLowerInvariant());
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
}
