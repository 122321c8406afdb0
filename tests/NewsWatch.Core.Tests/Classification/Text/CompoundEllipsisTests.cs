using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification.Text;

/// <summary>"Alignment- und Evaluierungsteams": the first compound, written without its end, is read whole.</summary>
public sealed class CompoundEllipsisTests
{
    [Theory]
    [InlineData("de", "Kornhafen legt Alignment- und Evaluierungsteams zusammen")]
    [InlineData("nl", "Kempenaar Technologie voegt alignment- en evaluatieteams samen")]
    public void ACompoundWhoseEndIsLeftOut_CountsAsTheTeamItNames(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal(AlertEvent.Restructuring, result.Event);
        Assert.True(result.IsAlert(0.5), $"score {result.Score}");
        Assert.Contains(result.Evidence, e => e.Kind == "scope" && string.Equals(e.Text, "alignment", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AnEndThatNamesNoTeamOrWork_IsNotInvented()
    {
        // "Sicherheits- und Umweltbehörden" are safety and environmental authorities: no team, no AI.
        var result = SharedClassifier.Instance.Classify("Landkreis legt Sicherheits- und Umweltbehörden zusammen", string.Empty, "de");

        Assert.False(result.IsAlert(0.5), $"score {result.Score}");
        Assert.Empty(result.Teams);
    }
}
