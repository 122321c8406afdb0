namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Maps signals to a probability-like score with a logistic function. The weights are set so
/// that a clear event cue with a clear scope cue scores about 0.85, either alone stays below
/// 0.2, and one strong look-alike pulls a clear case under the default threshold of 0.5.
/// </summary>
internal static class AlertScorer
{
    private const double Bias = -3.5;
    private const double EventWeight = 1.5;
    private const double ScopeWeight = 1.0;

    // The interaction carries most of the weight: an alert needs both a change and AI-safety scope,
    // and they count fully when they share a sentence; scope named elsewhere counts at this share.
    private const double EventTimesScopeWeight = 2.6;
    private const double DistantScopeShare = 0.5;
    private const double LookalikeWeight = 2.6;
    private const double MaxScope = 1.5;

    public static double Score(Signals signals)
    {
        var scope = Math.Min(signals.ScopeStrength, MaxScope);
        var scopeOfEvent = Math.Max(Math.Min(signals.ScopeNearEvent, MaxScope), DistantScopeShare * scope);
        var z = Bias
            + (EventWeight * signals.EventStrength)
            + (ScopeWeight * scope)
            + (EventTimesScopeWeight * signals.EventStrength * scopeOfEvent)
            - (LookalikeWeight * signals.LookalikeStrength);
        return 1.0 / (1.0 + Math.Exp(-z));
    }
}
