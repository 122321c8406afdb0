using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>Turns the cue and gazetteer matches of one item into <see cref="Signals"/> and evidence.</summary>
internal static class SignalCollector
{
    // A look-alike in the summary is often an aside ("...before the law takes effect"); in the title it is the story.
    private const double SummaryLookalikeDiscount = 0.5;

    // How far before an event cue a background marker ("after", "après", "tras") reaches.
    private const int BackdropReach = 3;

    public static Signals Collect(
        string text,
        List<TextToken> tokens,
        List<PhraseMatch<Cue>> cues,
        List<PhraseMatch<GazetteerEntry>> entities,
        List<Evidence> evidence)
    {
        // Team names such as "Preparedness" or "Responsible AI" match in any capitalisation, so on
        // their own they do not say the text is about AI ("FEMA's preparedness chief").
        var isAi = cues.Exists(m => m.Value.Kind is CueKind.AiContext or CueKind.Scope)
            || entities.Exists(m => m.Value.IsAi && m.Value.Kind != EntityKind.Team);
        var tally = new Tally(text, tokens, evidence, EventSentences(tokens, cues));
        for (var i = 0; i < cues.Count; i++)
        {
            var match = cues[i];
            var cue = match.Value;
            if (IsShadowed(i, cues))
                continue;
            switch (cue.Kind)
            {
                case CueKind.Event:
                    tally.AddEvent(match, IsBackdrop(match, cues));
                    break;
                case CueKind.Scope:
                case CueKind.ScopeIfAi when isAi:
                    tally.AddScope(match, cue.Weight, $"AI-safety scope: {cue.Label} ({cue.Language})");
                    break;
                case CueKind.Lookalike:
                    tally.AddLookalike(match);
                    break;
                default:
                    break;
            }
        }

        foreach (var match in entities.Where(m => m.Value.ScopeWeight > 0 && (isAi || m.Value.Kind != EntityKind.Team)))
            tally.AddScope(match, match.Value.ScopeWeight, $"known safety {match.Value.Kind.ToString().ToLowerInvariant()}: {match.Value.Name}");
        return tally.ToSignals();
    }

    /// <summary>The sentences holding an event cue, as bits (sentences past 63 share the last bit).</summary>
    private static ulong EventSentences(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var sentences = 0UL;
        foreach (var match in cues)
        {
            if (match.Value.Kind == CueKind.Event)
                sentences |= SentenceBit(tokens[match.FirstToken]);
        }

        // A headline without a verb ("Shake-up at the AI safety institute") names what the
        // summary's first sentence reports on, so the two read as one sentence.
        var title = 0UL;
        var firstOfSummary = 0UL;
        foreach (var token in tokens)
        {
            if (token.InTitle)
                title |= SentenceBit(token);
            else if (firstOfSummary == 0)
                firstOfSummary = SentenceBit(token);
        }

        if ((sentences & title) == 0 && (sentences & firstOfSummary) != 0)
            sentences |= title;
        return sentences;
    }

    private static bool IsIn(ulong sentences, TextToken token) => (sentences & SentenceBit(token)) != 0;

    private static ulong SentenceBit(TextToken token) => 1UL << Math.Min(token.Sentence, 63);

    // One span counts once per kind: "réduit le budget" is one resources cue, not also the
    // restructuring cue "réduit"; "AI Act" (any language) and "act" (English) are one look-alike.
    // The same span with two labels ("wechselt zu": leaves and joins) keeps both.
    private static bool IsShadowed(int index, List<PhraseMatch<Cue>> cues)
    {
        var match = cues[index];
        for (var i = 0; i < cues.Count; i++)
        {
            var other = cues[i];
            if (i == index || other.Value.Kind != match.Value.Kind
                || other.FirstToken > match.FirstToken || match.EndToken > other.EndToken)
                continue;
            if (other.TokenCount > match.TokenCount || (other.TokenCount == match.TokenCount && i < index && other.Value.Label == match.Value.Label))
                return true;
        }

        return false;
    }

    private static bool IsBackdrop(PhraseMatch<Cue> eventMatch, List<PhraseMatch<Cue>> cues) =>
        cues.Exists(m => m.Value.Kind == CueKind.Backdrop
            && m.EndToken <= eventMatch.FirstToken
            && eventMatch.FirstToken - m.EndToken < BackdropReach);

    /// <summary>The running sums of one item's signals, with the evidence for each.</summary>
    private sealed class Tally(string text, List<TextToken> tokens, List<Evidence> evidence, ulong eventSentences)
    {
        private readonly EventTally _events = new();
        private WeightedMax _scope;
        private WeightedMax _scopeNearEvent;
        private WeightedMax _lookalike;

        public void AddEvent(PhraseMatch<Cue> match, bool isBackdrop)
        {
            var cue = match.Value;
            _events.Add(cue.Event, cue.Weight, tokens[match.FirstToken].InTitle, isBackdrop);
            Add(match, "event", $"{cue.Label} cue ({cue.Language}, weight {cue.Weight:0.##}{(isBackdrop ? ", background" : "")})");
        }

        public void AddScope<T>(PhraseMatch<T> match, double weight, string reason)
        {
            _scope.Add(weight);
            if (IsIn(eventSentences, tokens[match.FirstToken]))
                _scopeNearEvent.Add(weight);
            Add(match, "scope", reason);
        }

        public void AddLookalike(PhraseMatch<Cue> match)
        {
            var cue = match.Value;
            _lookalike.Add(tokens[match.FirstToken].InTitle ? cue.Weight : cue.Weight * SummaryLookalikeDiscount);
            Add(match, "negative", $"look-alike: {cue.Label} ({cue.Language})");
        }

        public Signals ToSignals() =>
            new(_events.Strength, _scope.Value, _scopeNearEvent.Value, _lookalike.Value, _events.Events());

        private void Add<T>(PhraseMatch<T> match, string kind, string reason)
        {
            var start = tokens[match.FirstToken].Start;
            var end = tokens[match.EndToken - 1].End;
            evidence.Add(new Evidence(text[start..end], start, kind, reason));
        }
    }
}
