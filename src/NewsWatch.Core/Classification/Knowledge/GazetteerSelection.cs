using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// Keeps the gazetteer matches that name something: the longest of overlapping ones
/// ("Google DeepMind", not "Google" and "DeepMind"), and for organisations and people only
/// capitalised ones, so "meta" (Spanish for goal) is not Meta. A descriptive name of three or
/// more words ("l'institut britannique de sécurité de l'IA") is unambiguous in lower case.
/// </summary>
internal static class GazetteerSelection
{
    private const int DescriptiveWords = 3;

    private static bool AllCapitalised(List<TextToken> tokens, PhraseMatch<GazetteerEntry> match)
    {
        for (var t = match.FirstToken; t < match.EndToken; t++)
        {
            if (!tokens[t].IsCapitalised)
                return false;
        }

        return true;
    }

    public static void KeepLongest(string text, List<PhraseMatch<GazetteerEntry>> matches, List<TextToken> tokens)
    {
        matches.RemoveAll(m => m.Value.Kind != EntityKind.Team && m.TokenCount < DescriptiveWords && !tokens[m.FirstToken].IsCapitalised);
        // "Cais Digital" is no "CAIS": an acronym names its entry only in capitals.
        matches.RemoveAll(m => m.Value.IsAcronym && text.AsSpan(tokens[m.FirstToken].Start, tokens[m.FirstToken].Length).ContainsAnyInRange('a', 'z'));
        // "sets up its own AI safety institute" describes a body; "the AI Safety Institute" names one.
        matches.RemoveAll(m => m.Value.IsProperName && m.Value.Kind != EntityKind.Team && !AllCapitalised(tokens, m));
        if (matches.Count < 2)
            return;
        matches.Sort((a, b) => b.TokenCount != a.TokenCount ? b.TokenCount.CompareTo(a.TokenCount) : a.FirstToken.CompareTo(b.FirstToken));
        var kept = new List<PhraseMatch<GazetteerEntry>>(matches.Count);
        foreach (var match in matches)
        {
            if (!kept.Exists(k => k.FirstToken < match.EndToken && match.FirstToken < k.EndToken))
                kept.Add(match);
        }

        kept.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        matches.Clear();
        matches.AddRange(kept);
    }
}
