using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Alerts;

public sealed class AlertQueryTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 15, 0, 0, TimeSpan.Zero);

    private static readonly Alert Story = new(
        "id", Now, AlertEvent.Departure, [AlertEvent.Departure], 0.9, "en", ["Corvid Labs"], ["Maren Okafor"], [], [], "Safety lead resigns", "", null,
        [new AlertSource("Wire", null, "en", Now, "f1", "i1"), new AlertSource("Presse", null, "fr", Now, "f2", "i2")]);

    [Theory]
    [InlineData(null, null, null, true)]
    [InlineData("corvid labs", null, null, true)]
    [InlineData("Other Lab", null, null, false)]
    [InlineData(null, "maren okafor", null, true)]
    [InlineData(null, "Someone Else", null, false)]
    [InlineData(null, null, "fr", true)]
    [InlineData(null, null, "de", false)]
    [InlineData("Corvid Labs", "Maren Okafor", "fr", true)]
    public void Matches_ByOrganisationPersonAndAnyReportsLanguage_IgnoringCase(string? org, string? person, string? language, bool matches)
    {
        var query = new AlertQuery(Now.AddDays(-1), Now) { Org = org, Person = person, Language = language };

        Assert.Equal(matches, query.Matches(Story));
    }
}
