namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>What a lexicon phrase tells the classifier; the first column of a cues file.</summary>
internal enum CueKind
{
    /// <summary>A change happened: resign, disband, found, hire... Its label is the event.</summary>
    Event,

    /// <summary>The story is about AI-safety work on its own: "AI safety", "superalignment".</summary>
    Scope,

    /// <summary>Safety work only when the text is about AI too: "safety team", "policy researcher".</summary>
    ScopeIfAi,

    /// <summary>The text is about AI: "artificial intelligence", "chatbot".</summary>
    AiContext,

    /// <summary>A look-alike: safety in another field, sport, a model launch, a funding round... Its label is the field.</summary>
    Lookalike,

    /// <summary>A job title; a capitalised name beside one is a person.</summary>
    Role,

    /// <summary>A word for a team ("team", "équipe", "unit"); a scope cue beside one names a team.</summary>
    TeamNoun,

    /// <summary>Marks the next event cue as background, not news: "after" in "joins X after leaving Y".</summary>
    Backdrop,

    /// <summary>
    /// A time before the news ("in 2023", "last year", "il y a deux ans"): an event cue just
    /// before it, or in the rest of a sentence it opens, is history, not news. A year counts as
    /// past only when it is earlier than the item's publication.
    /// </summary>
    Past,

    /// <summary>
    /// The person stays in the organisation ("resta in azienda", "remains at the company"): a
    /// departure cue in the same sentence is a lead moved internally, a restructuring.
    /// </summary>
    StaysOn,

    /// <summary>
    /// A span of time ("six years", "zes jaar"): "after six years" measures a tenure, so the
    /// "after" before it does not make the next event background.
    /// </summary>
    Duration,
}

/// <summary>One row of a cues file.</summary>
/// <param name="Kind">What the phrase tells.</param>
/// <param name="Label">The event for <see cref="CueKind.Event"/>, the field for a look-alike, else a free tag.</param>
/// <param name="Weight">How strongly it counts, about 0..1.5.</param>
/// <param name="Language">The file's language, or "any".</param>
/// <param name="Phrase">As written in the file, for evidence.</param>
/// <param name="IsIdiom">
/// The row is marked "# idiom": a fixed expression of the language ("heads for the exit"), kept
/// even when a single labelled item uses it, so <see cref="Evaluation.LexiconAudit"/> does not call it residue.
/// </param>
internal sealed record Cue(CueKind Kind, string Label, double Weight, string Language, string Phrase, bool IsIdiom = false)
{
    public AlertEvent Event { get; } = Kind == CueKind.Event && Enum.TryParse<AlertEvent>(Label, ignoreCase: true, out var e) ? e : AlertEvent.None;

    // The weak departure cues ("ex", "former", "ancien", "antigo") only say someone used to be something.
    private const double FormerWeight = 0.5;

    /// <summary>A weak departure cue that only says someone used to be something ("ex", "former", "ancien").</summary>
    public bool IsFormer => Event == AlertEvent.Departure && Weight < FormerWeight;

    /// <summary>The phrase lets other words come between its own ("löst ... auf"), which it then says nothing about.</summary>
    public bool HasGap { get; } = Phrase.Contains("...", StringComparison.Ordinal) || Phrase.Contains(" _ ", StringComparison.Ordinal);

    /// <summary>The phrase as a word of the text reads, lower-cased and accent-folded ("équipe" → "equipe"): folded once, when the lexicon loads.</summary>
    public string FoldedPhrase { get; } = Text.AccentFolding.Fold(Phrase.TrimStart('=').ToLowerInvariant());
}
