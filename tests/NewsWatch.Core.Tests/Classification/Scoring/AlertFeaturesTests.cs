using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Scoring;

namespace NewsWatch.Core.Tests.Classification.Scoring;

public class AlertFeaturesTests
{
    [Fact]
    public void Of_ClearTitleAlert_SaysTheTitleStatesTheChange()
    {
        var (result, signals) = SharedClassifier.Instance.ClassifyWithSignals("OpenAI's head of alignment resigns", "She led the superalignment team.", "en", null, null);

        var features = Named(signals);

        Assert.Equal(1, features[AlertFeatures.TitleEvent]);
        Assert.Equal(result.Events.Count, features[AlertFeatures.EventKinds]);
        Assert.True(features[AlertFeatures.EventTimesScope] > 0.5, $"event-x-scope {features[AlertFeatures.EventTimesScope]}");
        Assert.Equal(0, features[AlertFeatures.TitleLookalike]);
    }

    [Fact]
    public void Of_EventOnlyInSummary_HasNoTitleEvent()
    {
        var (_, signals) = SharedClassifier.Instance.ClassifyWithSignals("News from the AI safety institute", "Its director resigned on Monday.", "en", null, null);

        var features = Named(signals);

        Assert.Equal(0, features[AlertFeatures.TitleEvent]);
        Assert.True(features[AlertFeatures.Event] > 0, "the summary's event still counts");
    }

    [Fact]
    public void Of_LookalikeInTitle_CountsItUndiscountedApartFromTheSummarys()
    {
        var (_, inTitle) = SharedClassifier.Instance.ClassifyWithSignals("Airline safety chief resigns", "The executive oversaw safety for the fleet.", "en", null, null);
        var (_, inSummary) = SharedClassifier.Instance.ClassifyWithSignals("Safety chief resigns", "The executive oversaw safety at the airline.", "en", null, null);

        Assert.Equal(1.5, Named(inTitle)[AlertFeatures.TitleLookalike], 12);
        Assert.Equal(0, Named(inSummary)[AlertFeatures.TitleLookalike]);
        Assert.True(Named(inSummary)[AlertFeatures.Lookalike] > 0, "the summary's look-alike still counts, discounted");
    }

    private static Dictionary<string, double> Named(Signals signals) =>
        AlertFeatures.Names.Zip(AlertFeatures.Of(signals)).ToDictionary(p => p.First, p => p.Second);
}
