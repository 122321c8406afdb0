using NewsWatch.Core.Classification;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary>One line of <c>classify --output</c>: an input's id and what the classifier said of it.</summary>
internal sealed record Prediction(
    string Id,
    AlertEvent Event,
    IReadOnlyList<AlertEvent> Events,
    double Score,
    string Lang,
    IReadOnlyList<string> Orgs,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Teams,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Below the alert threshold the event is <c>none</c>, as <c>eval</c> counts it; the score and evidence still show what was seen.</summary>
    public static Prediction Of(string id, ClassificationResult result, double minScore)
    {
        ArgumentNullException.ThrowIfNull(result);
        var isAlert = result.IsAlert(minScore);
        return new(id, isAlert ? result.Event : AlertEvent.None, isAlert ? result.Events : [], Math.Round(result.Score, 4), result.Language, result.Orgs, result.People, result.Teams, result.Evidence);
    }
}
