using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Tests.Storage;

public sealed class TableTextTests
{
    [Theory]
    [InlineData(null, 5, null)]
    [InlineData("", 5, "")]
    [InlineData("short", 5, "short")]
    [InlineData("longer text", 6, "longer")]
    [InlineData("ab😀cd", 3, "ab")]
    [InlineData("ab😀cd", 4, "ab😀")]
    [InlineData("😀😀", 1, "")]
    public void Fit_CutsToTheLimitWithoutSplittingASurrogatePair(string? text, int max, string? expected) =>
        Assert.Equal(expected, TableText.Fit(text, max));

    [Fact]
    public void Fit_ByDefaultKeepsATextWithinWhatAColumnHolds()
    {
        var fitted = TableText.Fit(new string('x', 100_000));

        Assert.Equal(TableText.MaxProperty, fitted.Length);
        Assert.True(TableText.MaxProperty * sizeof(char) <= 64 * 1024);
    }

    [Theory]
    [InlineData(null, 4, null)]
    [InlineData("\"v1\"", 4, "\"v1\"")]
    [InlineData("\"v12\"", 4, null)]
    public void WholeOrNone_KeepsATextThatFitsAndDropsOneThatDoesNot(string? text, int max, string? expected) =>
        Assert.Equal(expected, TableText.WholeOrNone(text, max));
}
