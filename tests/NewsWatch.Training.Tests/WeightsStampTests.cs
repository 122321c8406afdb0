using NewsWatch.Core.Classification.Scoring;
using NewsWatch.Training;

namespace NewsWatch.Training.Tests;

public class WeightsStampTests
{
    private static readonly DateOnly Today = new(2025, 3, 4);

    private static readonly AlertWeights Fitted = new(-3, [1, 1, 2, -2, 0.5, -1, -0.5]) { Method = "fit", TrainingSet = "sha256:aa" };

    [Fact]
    public void Apply_ToAFirstFit_IsVersionOneDatedToday()
    {
        var stamped = WeightsStamp.Apply(Fitted, previous: null, Today);

        Assert.Equal((1, "2025-03-04"), (stamped.Version, stamped.Trained));
    }

    [Fact]
    public void Apply_ToTheSameFitOfTheSameItems_KeepsTheVersionAndDate()
    {
        var previous = Fitted with { Version = 4, Trained = "2024-12-01" };

        var stamped = WeightsStamp.Apply(Fitted, previous, Today);

        Assert.Equal((4, "2024-12-01"), (stamped.Version, stamped.Trained));
    }

    [Theory]
    [InlineData("weights")]
    [InlineData("items")]
    public void Apply_WhenTheWeightsOrItemsChanged_IsTheNextVersionDatedToday(string change)
    {
        var previous = (change == "weights" ? Fitted with { Weights = [1, 1, 2, -2, 0.5, -1, -0.25] } : Fitted with { TrainingSet = "sha256:bb" })
            with { Version = 4, Trained = "2024-12-01" };

        var stamped = WeightsStamp.Apply(Fitted, previous, Today);

        Assert.Equal((5, "2025-03-04"), (stamped.Version, stamped.Trained));
    }
}
