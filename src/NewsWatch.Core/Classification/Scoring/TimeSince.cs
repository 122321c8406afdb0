using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// "La Région ferme son institut, deux ans après l'avoir lancé": right after a headline's own
/// change, the time since says when the change comes, not that the story is a retrospective;
/// "Cinco años del cierre del equipo: una mirada atrás" looks back throughout.
/// </summary>
internal static class TimeSince
{
    private const string HistoryLabel = "history";
    private const string OpinionLabel = "opinion";

    // "deux ans après", "tres años después", "years after": the look-alikes that measure time since something.
    private static readonly string[] AfterWords = ["après", "apres", "después", "despues", "after", "dopo", "depois", "nach", "later", "später"];

    /// <summary>Whether the look-alike at <paramref name="index"/> is such a time in a headline, after its change and no retrospective word.</summary>
    public static bool FollowsTheHeadlinesChange(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var lookalike = cues[index];
        if (!IsRetrospective(lookalike.Value) || !Array.Exists(AfterWords, word => lookalike.Value.Phrase.Contains(word, StringComparison.Ordinal))
            || !tokens[lookalike.FirstToken].InTitle)
            return false;
        var sentence = tokens[lookalike.FirstToken].Sentence;
        // Headline cues are the first ones: the walk stops at the look-alike.
        for (var i = 0; i < index; i++)
        {
            var cue = cues[i];
            if (tokens[cue.FirstToken].Sentence != sentence)
                continue;
            if (IsRetrospective(cue.Value))
                return false;
            if (cue.Value.Kind == CueKind.Event && cue.EndToken <= lookalike.FirstToken)
                return true;
        }

        return false;
    }

    private static bool IsRetrospective(Cue cue) => cue.Kind == CueKind.Lookalike && cue.Label is HistoryLabel or OpinionLabel;
}
