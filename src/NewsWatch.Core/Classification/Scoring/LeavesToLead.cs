using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "Leaves the university to lead the lab's model evaluations", "quitte Oxford pour diriger
/// l'équipe d'alignement", "verlässt die Uni, um die Modellprüfung zu leiten": one sentence tells
/// a move out and, in a purpose clause, the post it is for. The safety work the sentence names
/// says which of the two is the news: named after the new post, the arrival is, and the exit is
/// its background; named only before it ("la responsable de l'alignement part pour diriger un
/// laboratoire"), the exit is, and the next job is its background. An AI lab left is news of its
/// own whatever the post.
/// </summary>
internal static class LeavesToLead
{
    // The purpose clause follows its exit closely ("leaves Oxford after twelve years to lead").
    private const int ClauseReach = 12;

    // How far either side of the move its safety work is looked for: a long sentence's far end
    // tells something else, and a bounded look keeps a hostile text linear.
    private const int WorkReach = 24;

    /// <summary>Whether the event cue at <paramref name="index"/> is the lesser of an exit and the post it is for.</summary>
    public static bool IsTheLesserMove(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, List<PhraseMatch<GazetteerEntry>> entities, int index, bool isAi)
    {
        var cue = cues[index];
        if (cue.Value.Event == AlertEvent.Departure && FindPostAfter(tokens, cues, index) is { } post)
            return NamesSafetyWork(tokens, cues, post, isAi, afterPost: true) && !NamesSafetyWork(tokens, cues, post, isAi, afterPost: false)
                && !LeavesAnAiLab(cues, entities, index, post);
        if (cue.Value.Event == AlertEvent.Arrival && IsAPurposeClause(tokens, cue) && HasExitBefore(tokens, cues, index))
            return NamesSafetyWork(tokens, cues, index, isAi, afterPost: false) && !NamesSafetyWork(tokens, cues, index, isAi, afterPost: true);
        return false;
    }

    private static int? FindPostAfter(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int exit)
    {
        var sentence = tokens[cues[exit].FirstToken].Sentence;
        for (var i = exit + 1; i < cues.Count && cues[i].FirstToken - cues[exit].EndToken <= ClauseReach && tokens[cues[i].FirstToken].Sentence == sentence; i++)
        {
            if (cues[i].Value.Kind == CueKind.Event && cues[i].Value.Event == AlertEvent.Arrival && IsAPurposeClause(tokens, cues[i]))
                return i;
        }

        return null;
    }

    private static bool HasExitBefore(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int post)
    {
        var sentence = tokens[cues[post].FirstToken].Sentence;
        for (var i = post - 1; i >= 0 && cues[post].FirstToken - cues[i].EndToken <= ClauseReach && tokens[cues[i].FirstToken].Sentence == sentence; i--)
        {
            if (cues[i].Value.Kind == CueKind.Event && cues[i].Value.Event == AlertEvent.Departure && !cues[i].Value.IsFormer)
                return true;
        }

        return false;
    }

    // "sale de Brennwick IA para sumarse al instituto", "leaves OpenAI to lead": who leaves an AI lab
    // (a known one, or one whose name says AI) for a safety post may
    // have done safety work there too, and the exit is news of its own; a university or a
    // ministry left is only where the new head comes from.
    private static bool LeavesAnAiLab(List<PhraseMatch<Cue>> cues, List<PhraseMatch<GazetteerEntry>> entities, int exit, int post)
    {
        var (from, to) = (cues[exit].EndToken, cues[post].FirstToken);
        if (entities.Exists(e => e.Value.IsAi && e.Value.Kind != EntityKind.Team && e.FirstToken >= from && e.FirstToken < to))
            return true;
        for (var i = exit + 1; i < post; i++)
        {
            if (cues[i].Value.Kind == CueKind.AiContext)
                return true;
        }

        return false;
    }

    // "to lead", "pour diriger", "para =dirigir" open with the purpose word; "to join" and "om ...
    // te leiden" have it just before or as their first word.
    private static bool IsAPurposeClause(List<TextToken> tokens, PhraseMatch<Cue> arrival) =>
        VerbObjects.PurposeOpeners.Contains(tokens[arrival.FirstToken].Forms.Surface)
        || (arrival.FirstToken > 0 && tokens[arrival.FirstToken - 1].Sentence == tokens[arrival.FirstToken].Sentence
            && VerbObjects.PurposeOpeners.Contains(tokens[arrival.FirstToken - 1].Forms.Surface));

    // Safety work the post's sentence names from the post on, or before it (the post left).
    private static bool NamesSafetyWork(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int post, bool isAi, bool afterPost)
    {
        var at = cues[post].FirstToken;
        var sentence = tokens[at].Sentence;
        var step = afterPost ? 1 : -1;
        for (var i = afterPost ? post : post - 1; i >= 0 && i < cues.Count && Math.Abs(cues[i].FirstToken - at) <= WorkReach; i += step)
        {
            var cue = cues[i];
            if (tokens[cue.FirstToken].Sentence == sentence && (cue.Value.Kind == CueKind.Scope || (cue.Value.Kind == CueKind.ScopeIfAi && isAi)))
                return true;
        }

        return false;
    }
}
