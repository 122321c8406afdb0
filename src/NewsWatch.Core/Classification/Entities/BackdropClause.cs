using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Which words stand in a clause about what came before the news: "A week after unveiling a new
/// red team, Kestrel Foundry cuts its alignment budget". A team named there is another story's,
/// which must not file this report under that team, nor one after an elided change ("het tweede
/// vertrek in een week, na dat van de leider van het interpretability-team"). The clause opens
/// with an "after", its own verb of change if any ("after unveiling"); it ends at punctuation, at
/// the next verb of change (the news again), or a few words on. An "after" that measures time
/// ("Na twee jaar heft ... op", "after six years") or goes to a place ("wechselt nach London")
/// opens none.
/// </summary>
internal static class BackdropClause
{
    private const int Reach = 8;

    // The "after" and its own event are this close ("after unveiling", "nach der Auflösung").
    private const int OwnEventReach = 3;

    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:–—()");

    /// <summary>Marks the words of every such clause, in one pass over the cues and at most a few words each.</summary>
    public static bool[] Mark(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var marked = new bool[tokens.Count];
        var eventStarts = new bool[tokens.Count + 1];
        var eventEnds = new int[tokens.Count + 1];
        foreach (var cue in cues.Where(c => c.Value.Kind == CueKind.Event))
        {
            eventStarts[cue.FirstToken] = true;
            eventEnds[cue.FirstToken] = Math.Max(eventEnds[cue.FirstToken], cue.EndToken);
        }
        foreach (var backdrop in cues.Where(c => c.Value.Kind == CueKind.Backdrop))
        {
            var sentence = tokens[backdrop.FirstToken].Sentence;
            if (backdrop.EndToken >= tokens.Count || tokens[backdrop.EndToken].Sentence != sentence || tokens[backdrop.EndToken].IsCapitalised)
                continue;
            var ownEvent = Enumerable.Range(backdrop.EndToken, OwnEventReach).FirstOrDefault(t => t < tokens.Count && eventStarts[t] && tokens[t].Sentence == sentence, -1);
            // "Na overname: Ravensbos heft ... op": past the clause's end, a verb is the news.
            if (ownEvent >= 0 && text.AsSpan(tokens[backdrop.FirstToken].End, tokens[ownEvent].Start - tokens[backdrop.FirstToken].End).ContainsAny(ClauseMarks))
                ownEvent = -1;
            var clauseEnd = ownEvent < 0 ? Math.Min(tokens.Count, backdrop.EndToken + OwnEventReach) : ownEvent;
            if (MeasuresTime(tokens, backdrop.EndToken, clauseEnd))
                continue;
            // The clause's own verb may overlap another cue of the same words ("unveiling a new", "new red team").
            var ownEnd = ownEvent < 0 ? backdrop.EndToken : eventEnds[ownEvent];
            for (var t = ownEvent < 0 ? backdrop.EndToken : ownEvent + 1; t < tokens.Count && t - backdrop.FirstToken <= Reach && tokens[t].Sentence == sentence && (!eventStarts[t] || t < ownEnd); t++)
            {
                if (text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).ContainsAny(ClauseMarks))
                    break;
                marked[t] = true;
            }
        }

        return marked;
    }

    // "Na twee jaar", "after six years", "nach drei Jahren": a number before the verb measures a tenure.
    private static bool MeasuresTime(List<TextToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (char.IsDigit(tokens[t].Forms.Surface[0]) || Alerts.NumberWords.DigitsOf(tokens[t].Forms.Surface) is not null)
                return true;
        }

        return false;
    }
}
