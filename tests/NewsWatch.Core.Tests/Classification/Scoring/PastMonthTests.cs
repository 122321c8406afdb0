using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification.Scoring;

/// <summary>A month named without a year dates a change only when it is one of the few before publication.</summary>
public class PastMonthTests
{
    private static readonly DateTimeOffset May2027 = new(2027, 5, 20, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset November2026 = new(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en", "Quillon hires Marta Tovar to lead its AI safety team", "Tovar, who left Brindle Labs in March, starts next week.")]
    [InlineData("es", "Quillon ficha a Marta Tovar para dirigir su equipo de seguridad de la IA", "Tovar, que dejó Brindle Labs en marzo, empieza la semana que viene.")]
    public void Classify_WhenAnEarlierDepartureIsDatedByAMonthBeforePublication_TheArrivalIsTheEvent(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language, published: May2027);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Arrival, result.Event);
        Assert.Contains(result.Evidence, e => e.Kind == "event" && e.Reason.StartsWith("departure", StringComparison.Ordinal) && e.Reason.Contains("background", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenTheMonthIsMoreThanHalfAYearBack_ItMayBeTheNextOneAndDatesNothing()
    {
        var result = SharedClassifier.Instance.Classify(
            "Quillon hires Marta Tovar to lead its AI safety team",
            "Tovar, who left Brindle Labs in October, starts next week.",
            "en",
            published: May2027);

        Assert.DoesNotContain(result.Evidence, e => e.Kind == "event" && e.Reason.Contains("background", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenAMonthAfterPublicationIsNamed_TheChangeIsStillNews()
    {
        var result = SharedClassifier.Instance.Classify(
            "Brindle Labs' head of AI safety to step down in January",
            "Marta Tovar told staff she will leave the AI safety team at the start of the year.",
            "en",
            published: November2026);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Fact]
    public void Classify_WhenTheMonthBelongsToTheNextClause_ItDoesNotDateTheChangeBeforeTheComma()
    {
        var result = SharedClassifier.Instance.Classify(
            "Nieuwe baas voor het AI-veiligheidsinstituut van Zeeland",
            "Anouk Verbeek volgt Pieter Dekker op, die in maart vertrok.",
            "nl",
            published: May2027);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Arrival, result.Event);
    }
}
