using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>Turns the cue and gazetteer matches of one item into <see cref="Signals"/> and evidence.</summary>
internal static class SignalCollector
{
    // A cue in the summary is often background ("...who joined in 2021"); the title states the news.
    private const double SummaryEventDiscount = 0.85;

    // A look-alike in the summary is often an aside ("...before the law takes effect"); in the title it is the story.
    private const double SummaryLookalikeDiscount = 0.5;

    // "joins Anthropic after leaving OpenAI": the departure is context for the arrival.
    private const double BackdropDiscount = 0.4;
    private const int BackdropReach = 3;

    // Events weaker than this share of the strongest are incidental wording, not the news.
    private const double IncidentalShare = 0.6;

    public static Signals Collect(
        string text,
        List<TextToken> tokens,
        List<PhraseMatch<Cue>> cues,
        List<PhraseMatch<GazetteerEntry>> entities,
        List<Evidence> evidence)
    {
        var isAi = cues.Exists(m => m.Value.Kind is CueKind.AiContext or CueKind.Scope) || entities.Exists(m => m.Value.IsAi);
        var scope = new WeightedMax();
        var lookalike = new WeightedMax();
        Span<double> titleEvents = stackalloc double[(int)AlertEvent.Dissolution + 1];
        Span<double> summaryEvents = stackalloc double[(int)AlertEvent.Dissolution + 1];
        foreach (var match in cues)
        {
            var cue = match.Value;
            switch (cue.Kind)
            {
                case CueKind.Event:
                    var weight = cue.Weight * (IsBackdrop(match, cues) ? BackdropDiscount : 1.0);
                    var inTitle = tokens[match.FirstToken].InTitle;
                    var slot = inTitle ? titleEvents : summaryEvents;
                    slot[(int)cue.Event] = Math.Max(slot[(int)cue.Event], inTitle ? weight : weight * SummaryEventDiscount);
                    Add(evidence, text, tokens, match, "event", $"{cue.Label} cue ({cue.Language}, weight {weight:0.##})");
                    break;
                case CueKind.Scope:
                case CueKind.ScopeIfAi when isAi:
                    scope.Add(cue.Weight);
                    Add(evidence, text, tokens, match, "scope", $"AI-safety scope: {cue.Label} ({cue.Language})");
                    break;
                case CueKind.Lookalike:
                    lookalike.Add(tokens[match.FirstToken].InTitle ? cue.Weight : cue.Weight * SummaryLookalikeDiscount);
                    Add(evidence, text, tokens, match, "negative", $"look-alike: {cue.Label} ({cue.Language})");
                    break;
                default:
                    break;
            }
        }

        foreach (var match in entities.Where(m => m.Value.ScopeWeight > 0))
        {
            scope.Add(match.Value.ScopeWeight);
            Add(evidence, text, tokens, match, "scope", $"known safety {match.Value.Kind.ToString().ToLowerInvariant()}: {match.Value.Name}");
        }

        var events = HeadlineEvents(titleEvents);
        if (events.Count == 0)
            events = HeadlineEvents(summaryEvents);
        var strength = Math.Max(Max(titleEvents), Max(summaryEvents));
        return new Signals(strength, scope.Value, lookalike.Value, events);
    }

    private static bool IsBackdrop(PhraseMatch<Cue> eventMatch, List<PhraseMatch<Cue>> cues) =>
        cues.Exists(m => m.Value.Kind == CueKind.Backdrop
            && m.EndToken <= eventMatch.FirstToken
            && eventMatch.FirstToken - m.EndToken < BackdropReach);

    private static List<AlertEvent> HeadlineEvents(ReadOnlySpan<double> strengths)
    {
        var strongest = Max(strengths);
        var events = new List<AlertEvent>();
        for (var e = strengths.Length - 1; e > 0; e--)
        {
            if (strengths[e] > 0 && strengths[e] >= IncidentalShare * strongest)
                events.Add((AlertEvent)e);
        }

        return events;
    }

    private static double Max(ReadOnlySpan<double> values)
    {
        var max = 0.0;
        foreach (var v in values)
            max = Math.Max(max, v);
        return max;
    }

    private static void Add<T>(List<Evidence> evidence, string text, List<TextToken> tokens, PhraseMatch<T> match, string kind, string reason)
    {
        var start = tokens[match.FirstToken].Start;
        var end = tokens[match.EndToken - 1].End;
        evidence.Add(new Evidence(text[start..end], start, kind, reason));
    }
}
