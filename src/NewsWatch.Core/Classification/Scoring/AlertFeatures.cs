namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// The named numbers an alert score is a weighted sum of, derived from <see cref="Signals"/>.
/// Every feature is something a person can check against the evidence (the strongest event
/// cue, whether the title states the change, ...), so a score can be explained term by term
/// whichever weights are in use.
/// </summary>
internal static class AlertFeatures
{
    public const string Event = "event";
    public const string Scope = "scope";
    public const string EventTimesScope = "event-x-scope";
    public const string Lookalike = "lookalike";
    public const string TitleEvent = "title-event";
    public const string TitleLookalike = "title-lookalike";
    public const string EventKinds = "event-kinds";

    // Beyond this, more scope cues say nothing more: one named safety team is as clear as three.
    private const double MaxScope = 1.5;

    // Scope named in another sentence than the event (a team in the title, the departure in the
    // summary's second sentence) still tells what the change is about, at this share.
    private const double DistantScopeShare = 0.5;

    private static readonly string[] NameOrder = [Event, Scope, EventTimesScope, Lookalike, TitleEvent, TitleLookalike, EventKinds];

    /// <summary>The feature names, in the order <see cref="Of"/> fills them and the weights file lists them.</summary>
    public static IReadOnlyList<string> Names => NameOrder;

    /// <summary>The position of a feature in <see cref="Names"/>, or -1.</summary>
    public static int IndexOf(string name) => Array.IndexOf(NameOrder, name);

    public static double[] Of(Signals signals)
    {
        ArgumentNullException.ThrowIfNull(signals);
        var scope = Math.Min(signals.ScopeStrength, MaxScope);
        var scopeOfEvent = Math.Max(Math.Min(signals.ScopeNearEvent, MaxScope), DistantScopeShare * scope);
        return
        [
            signals.EventStrength,
            scope,
            // An alert needs both a change and AI-safety scope: the product is large only when both are.
            signals.EventStrength * scopeOfEvent,
            signals.LookalikeStrength,
            signals.EventInTitle ? 1 : 0,
            signals.TitleLookalike,
            signals.Events.Count,
        ];
    }
}
