using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Whether a word stands in a clause about what came before the news: "A week after unveiling a
/// new red team, Kestrel Foundry cuts its alignment budget", "na dat van de leider van het
/// interpretability-team". A team named there is another story's, which must not file this report
/// under that team. The clause ends at punctuation, and a verb of change well past the "after"
/// is the news again ("After months of debate the lab dissolves its red team").
/// </summary>
internal static class BackdropClause
{
    private const int Reach = 8;

    // The "after" and its own event are this close ("after unveiling", "nach der Auflösung").
    private const int OwnEventReach = 3;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:–—()");

    public static bool Holds(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int at)
    {
        foreach (var backdrop in cues)
        {
            if (backdrop.Value.Kind != CueKind.Backdrop || backdrop.EndToken > at || at - backdrop.FirstToken > Reach
                || tokens[backdrop.FirstToken].Sentence != tokens[at].Sentence
                || text.AsSpan(tokens[backdrop.FirstToken].End, tokens[at].Start - tokens[backdrop.FirstToken].End).ContainsAny(ClauseMarks))
                continue;
            if (!cues.Exists(c => c.Value.Kind == CueKind.Event && c.FirstToken >= backdrop.EndToken + OwnEventReach && c.FirstToken < at))
                return true;
        }

        return false;
    }
}
