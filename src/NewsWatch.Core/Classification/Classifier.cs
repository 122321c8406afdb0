using System.Text.RegularExpressions;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Classification;

/// <summary>
/// Decides whether an item reports a change to AI-safety people, teams or resources.
/// A first keyword version: an AI-safety scope cue and an event cue must both appear.
/// </summary>
public sealed partial class Classifier
{
    public ClassificationResult Classify(NewsItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var text = $"{item.Title}\n{item.Summary}";
        var evidence = new List<Evidence>();
        var scope = Scope().Match(text);
        var events = new List<AlertEvent>();
        if (scope.Success)
        {
            evidence.Add(new Evidence(scope.Value, scope.Index, "scope", "AI-safety work"));
            AddEvent(Dissolution(), AlertEvent.Dissolution);
            AddEvent(Departure(), AlertEvent.Departure);
        }

        var headline = events.Count == 0 ? AlertEvent.None : events.Max();
        var score = headline == AlertEvent.None ? 0.0 : 0.75;
        return new ClassificationResult(headline, events, score, item.Language ?? "und", [], [], [], evidence);

        void AddEvent(Regex cue, AlertEvent kind)
        {
            var match = cue.Match(text);
            if (!match.Success)
                return;
            events.Add(kind);
            evidence.Add(new Evidence(match.Value, match.Index, "event", kind.ToString().ToLowerInvariant()));
        }
    }

    [GeneratedRegex(@"\b(super)?alignment\b|\bAI safety\b|sécurité de l'IA|KI-Sicherheit|seguridad de la IA", RegexOptions.IgnoreCase)]
    private static partial Regex Scope();

    [GeneratedRegex(@"\b(dissolv\w*|disband\w*|dissou\w*|dissolution|aufgelöst|auflös\w*|disuel\w*)", RegexOptions.IgnoreCase)]
    private static partial Regex Dissolution();

    [GeneratedRegex(@"\b(resign\w*|quit\w*|leav\w*|départ|quitt\w*|démission\w*|verlässt|rücktritt|dimite|dimisión|abandona)", RegexOptions.IgnoreCase)]
    private static partial Regex Departure();
}
