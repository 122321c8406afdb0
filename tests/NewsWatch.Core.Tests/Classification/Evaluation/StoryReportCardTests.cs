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
}
