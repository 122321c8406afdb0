using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Once the text shows that some words name an organisation ("the alignment team at Quarrender
/// Cortex", "AI-bouwer Alpenrain", "Meridian Loom hires ..."), they name it wherever they stand on
/// their own: no later finder takes them for a person, and the organisation is listed where it is
/// most prominent (a headline's "dell'INVIA" over the body's "il presidente dell'INVIA").
/// </summary>
internal static class OrganisationMentions
{
    /// <summary>
    /// How many names one finder looks up everywhere in a text: each look is a pass over the text,
    /// so a few finders with this many each keep the work linear. A text naming more companies
    /// than this one way is a list, where the rest are listed where found.
    /// </summary>
    public const int MaxNamesPerFinder = 8;

    /// <summary>Claims every standalone mention of the words of tokens [first, end) and lists the organisation at each.</summary>
    public static void ClaimAndList(string text, List<TextToken> tokens, bool[] claimed, int first, int end, ProminenceMap prominence, EntityList orgs)
    {
        var name = Enumerable.Range(first, end - first).Select(t => tokens[t].Forms.Surface).ToArray();
        var written = text[tokens[first].Start..tokens[end - 1].End];
        // Where the name was found, it is the organisation whatever stands beside it ("Banca Tiberina").
        Array.Fill(claimed, true, first, end - first);
        orgs.Add(written, prominence.At(first));
        for (var i = 0; i + name.Length <= tokens.Count; i++)
        {
            var j = 0;
            while (j < name.Length && tokens[i + j].Forms.Surface == name[j] && tokens[i + j].IsCapitalised)
                j++;
            // Only where the name stands on its own, capitalised: "Zorbek Wielgosz" is a person though
            // "Wielgosz's start-up" is a company, and "red teaming" is no mention of "del Red Team".
            if (j < name.Length || JoinsACapitalisedWord(text, tokens, i - 1, i) || JoinsACapitalisedWord(text, tokens, i + name.Length - 1, i + name.Length))
                continue;
            Array.Fill(claimed, true, i, name.Length);
            orgs.Add(written, prominence.At(i));
        }
    }

    private static bool JoinsACapitalisedWord(string text, List<TextToken> tokens, int left, int right) =>
        left >= 0 && right < tokens.Count && tokens[left].Sentence == tokens[right].Sentence
        && text.AsSpan(tokens[left].End, tokens[right].Start - tokens[left].End) is " " or "-"
        && tokens[left].IsCapitalised && tokens[right].IsCapitalised;
}
