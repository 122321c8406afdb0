using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

public class EntityMatcherTests
{
    [Theory]
    [InlineData("Équipe de superalignement", "equipe de SUPERALIGNEMENT")]
    [InlineData("Ethics & Society", "ethics and society team")]
    [InlineData("AI Safety Institute", "US AI Safety Institute")]
    public void Compare_WhenNamesDifferOnlyInCaseAccentsOrContainment_CountsAMatch(string predicted, string labelled) =>
        Assert.Equal(new BinaryMetrics(1, 0, 0, 0), EntityMatcher.Compare([predicted], [labelled]));

    [Fact]
    public void Compare_WhenOnlyPartOfAWordIsShared_DoesNotMatch() =>
        Assert.Equal(new BinaryMetrics(0, 1, 1, 0), EntityMatcher.Compare(["Meta"], ["Metaculus"]));

    [Fact]
    public void Compare_MatchesEachLabelAtMostOnce() =>
        Assert.Equal(new BinaryMetrics(1, 1, 0, 0), EntityMatcher.Compare(["OpenAI", "openai"], ["OpenAI"]));
}
