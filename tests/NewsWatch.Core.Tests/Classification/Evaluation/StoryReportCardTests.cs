using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>The story report card's pairwise arithmetic, on an assignment worked out by hand.</summary>
public sealed class StoryReportCardTests
{
    // Labelled: a = {1, 2, 3}, b = {4, 5}. Grouped: {1, 2}, {3, 4}, 5 raised no alert.
    private static readonly (string, string?)[] Assigned = [("a", "x"), ("a", "x"), ("a", "y"), ("b", "y"), ("b", null)];

    [Fact]
    public void Compute_CountsPairsTogetherAndApart()
    {
        var card = StoryReportCard.Compute(Assigned);

        // Together in both: (1,2). Wrongly together: (3,4). Wrongly apart: (1,3), (2,3), (4,5).
        Assert.Equal(new BinaryMetrics(1, 1, 3, 5), card.Pairs);
        Assert.Equal(0.5, card.Pairs.Precision, 6);
        Assert.Equal(0.25, card.Pairs.Recall, 6);
    }

    [Fact]
    public void Compute_CountsSplitAndMixedStories()
    {
        var card = StoryReportCard.Compute(Assigned);

        Assert.Equal((2, 2, 1, 1, 1), (card.Stories, card.Alerts, card.Split, card.Mixed, card.Unalerted));
    }

    [Fact]
    public void Troubled_ListsTheStoriesThatSplitOrShareAnAlert_WithAllTheirReports()
    {
        // a splits across x and y; b and c share z; d is one alert of its own; e raised none.
        StoryReportOutcome[] reports =
        [
            Outcome("a1", "a", "x"), Outcome("a2", "a", "y"), Outcome("b1", "b", "z"), Outcome("c1", "c", "z"),
            Outcome("d1", "d", "w"), Outcome("d2", "d", "w"), Outcome("e1", "e", null),
        ];
        var card = StoryReportCard.Compute([.. reports.Select(r => (r.Labelled, r.Grouped))]) with { Reports = reports };

        var troubled = card.Troubled().ToDictionary(g => g.Key, g => g.Select(r => r.Id).ToList());

        Assert.Equal(["a", "b", "c"], troubled.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["a1", "a2"], troubled["a"]);
    }

    private static StoryReportOutcome Outcome(string id, string labelled, string? grouped) =>
        new(id, labelled, grouped, grouped is null ? AlertEvent.None : AlertEvent.Departure, []);
}
