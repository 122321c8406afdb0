using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// What overlapping cues say about each other: a longer cue of the same kind shadows a shorter one,
/// a longer phrase of another kind explains the words inside it, and a field named right after
/// "former" is someone's past.
/// </summary>
internal static class CueOverlaps
{
    /// <summary>"Former airline regulator joins ...": the look-alike at <paramref name="index"/> only tells whom the story is about.</summary>
    public static bool DescribesSomeonesPast(int index, List<PhraseMatch<Cue>> cues, List<TextToken> tokens) =>
        FormerBefore(index, cues) is var former and >= 0 && (EndsAtSomeone(tokens, cues, index) || IsMovedPerson(former, cues));

    // One span counts once per kind: "réduit le budget" is one resources cue, not also the
    // restructuring cue "réduit"; "AI Act" (any language) and "act" (English) are one look-alike.
    // The same span with two labels ("wechselt zu": leaves and joins) keeps both.
    public static bool IsShadowed(int index, List<PhraseMatch<Cue>> cues)
    {
        var match = cues[index];
        for (var i = index - 1; i >= 0 && match.FirstToken - cues[i].FirstToken <= SignalCollector.MaxCueSpan; i--)
        {
            if (Shadows(cues[i], i, match, index))
                return true;
        }

        for (var i = index + 1; i < cues.Count && cues[i].FirstToken == match.FirstToken; i++)
        {
            if (Shadows(cues[i], i, match, index))
                return true;
        }

        return false;
    }

    // "Former airline regulator": the words after "former" up to the person's title are all the past.
    private const int MaxPastWords = 2;

    /// <summary>The "former" cue the look-alike at <paramref name="index"/> follows (through at most two past words), or -1.</summary>
    private static int FormerBefore(int index, List<PhraseMatch<Cue>> cues, int depth = 0)
    {
        var match = cues[index];
        for (var i = index - 1; i >= 0 && match.FirstToken - cues[i].FirstToken <= SignalCollector.MaxCueSpan; i--)
        {
            var cue = cues[i].Value;
            // "former telecoms regulator": one word of the past may stand between "former" and the field.
            var gap = match.FirstToken - cues[i].EndToken;
            if (gap < 0 || gap > (cue.IsFormer ? 1 : 0))
                continue;
            if (cue.IsFormer)
                return i;
            if (cue.Kind == CueKind.Lookalike && depth < MaxPastWords && FormerBefore(i, cues, depth + 1) is var former and >= 0)
                return former;
        }

        return -1;
    }

    // "Hires former regulator to run ...", "recrute un ancien régulateur": the former-phrase is
    // the one a move takes, whatever follows it (an article may stand between).
    private static bool IsMovedPerson(int former, List<PhraseMatch<Cue>> cues)
    {
        var start = cues[former].FirstToken;
        for (var i = former - 1; i >= 0 && start - cues[i].EndToken <= 1; i--)
        {
            if (cues[i].EndToken <= start && cues[i].Value.Event is AlertEvent.Arrival or AlertEvent.Departure)
                return true;
        }

        return false;
    }

    // "Former airline regulator joins", "former airline executive Jane Doe": the past ends at the
    // person's job, name or move; "former warehouse workers say ..." are witnesses of the story's own field.
    private static bool EndsAtSomeone(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var end = cues[index].EndToken;
        for (var words = 0; words < MaxPastWords; words++)
        {
            var next = CueStartingAt(cues, index, end, c => c.Value.Kind == CueKind.Lookalike);
            if (next < 0)
                break;
            end = cues[next].EndToken;
        }

        return end < tokens.Count && (tokens[end].IsCapitalised
            || CueStartingAt(cues, index, end, c => c.Value.Kind == CueKind.Role || c.Value.Event is AlertEvent.Arrival or AlertEvent.Departure) >= 0);
    }

    // Cues come in token order, so the ones starting at a token are found by walking on from an
    // earlier cue until the next starts past it: no scan of the whole text.
    private static int CueStartingAt(List<PhraseMatch<Cue>> cues, int from, int token, Predicate<PhraseMatch<Cue>> isWanted)
    {
        for (var i = from; i < cues.Count && cues[i].FirstToken <= token; i++)
        {
            if (cues[i].FirstToken == token && isWanted(cues[i]))
                return i;
        }

        return -1;
    }

    // A longer phrase of another kind tells what the words mean there: "supprime 45 postes" is a
    // job-cuts look-alike, and its "supprime" is not a team being dissolved.
    public static bool IsExplainedBy(CueKind kind, int index, List<PhraseMatch<Cue>> cues)
    {
        var match = cues[index];
        for (var i = index - 1; i >= 0 && match.FirstToken - cues[i].FirstToken <= SignalCollector.MaxCueSpan; i--)
        {
            if (Explains(kind, cues[i], match))
                return true;
        }

        for (var i = index + 1; i < cues.Count && cues[i].FirstToken == match.FirstToken; i++)
        {
            if (Explains(kind, cues[i], match))
                return true;
        }

        return false;
    }

    private static bool Explains(CueKind kind, PhraseMatch<Cue> longer, PhraseMatch<Cue> match) =>
        longer.Value.Kind == kind && longer.FirstToken <= match.FirstToken && match.EndToken <= longer.EndToken
        && longer.TokenCount > match.TokenCount
        // A phrase with a gap ("baut ... auf") says nothing of the words in its gap, only of its
        // own, which open and close it.
        && (!longer.Value.HasGap || match.FirstToken == longer.FirstToken || match.EndToken == longer.EndToken);

    private static bool Shadows(PhraseMatch<Cue> other, int otherIndex, PhraseMatch<Cue> match, int index) =>
        other.Value.Kind == match.Value.Kind && other.FirstToken <= match.FirstToken && match.EndToken <= other.EndToken
        && (other.TokenCount > match.TokenCount || (other.TokenCount == match.TokenCount && otherIndex < index && other.Value.Label == match.Value.Label));
}
