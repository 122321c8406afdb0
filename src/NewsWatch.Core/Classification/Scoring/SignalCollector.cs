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
        var isAi = cues.Exists(m => m.Value.Kind is CueKind.AiContext or CueKind.Scope) || entities.Exists(m => m.Value.IsAi);
        var eventSentences = EventSentences(tokens, cues);
        var scope = new WeightedMax();
        var scopeNearEvent = new WeightedMax();
        var lookalike = new WeightedMax();
        var events = new EventTally();
        foreach (var match in cues)
        {
            var cue = match.Value;
            switch (cue.Kind)
            {
                case CueKind.Event when !IsInsideLongerEvent(match, cues):
                    var isBackdrop = IsBackdrop(match, cues);
                    events.Add(cue.Event, cue.Weight, tokens[match.FirstToken].InTitle, isBackdrop);
                    Add(evidence, text, tokens, match, "event", $"{cue.Label} cue ({cue.Language}, weight {cue.Weight:0.##}{(isBackdrop ? ", background" : "")})");
                    break;
                case CueKind.Scope:
                case CueKind.ScopeIfAi when isAi:
                    scope.Add(cue.Weight);
                    if (IsIn(eventSentences, tokens[match.FirstToken]))
                        scopeNearEvent.Add(cue.Weight);
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
            if (IsIn(eventSentences, tokens[match.FirstToken]))
                scopeNearEvent.Add(match.Value.ScopeWeight);
            Add(evidence, text, tokens, match, "scope", $"known safety {match.Value.Kind.ToString().ToLowerInvariant()}: {match.Value.Name}");
        }

        return new Signals(events.Strength, scope.Value, scopeNearEvent.Value, lookalike.Value, events.Events());
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

        return sentences;
    }

    private static bool IsIn(ulong sentences, TextToken token) => (sentences & SentenceBit(token)) != 0;

    private static ulong SentenceBit(TextToken token) => 1UL << Math.Min(token.Sentence, 63);

    // "réduit le budget" is one resources cue, not also the restructuring cue "réduit".
    private static bool IsInsideLongerEvent(PhraseMatch<Cue> match, List<PhraseMatch<Cue>> cues) =>
        cues.Exists(m => m.Value.Kind == CueKind.Event && m.TokenCount > match.TokenCount
            && m.FirstToken <= match.FirstToken && match.EndToken <= m.EndToken);

    private static bool IsBackdrop(PhraseMatch<Cue> eventMatch, List<PhraseMatch<Cue>> cues) =>
        cues.Exists(m => m.Value.Kind == CueKind.Backdrop
            && m.EndToken <= eventMatch.FirstToken
            && eventMatch.FirstToken - m.EndToken < BackdropReach);

    private static void Add<T>(List<Evidence> evidence, string text, List<TextToken> tokens, PhraseMatch<T> match, string kind, string reason)
    {
        var start = tokens[match.FirstToken].Start;
        var end = tokens[match.EndToken - 1].End;
        evidence.Add(new Evidence(text[start..end], start, kind, reason));
    }
}
