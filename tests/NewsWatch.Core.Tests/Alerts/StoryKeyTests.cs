using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Alerts;

public sealed class StoryKeyTests
{
    [Theory]
    [InlineData("Superalignment team", "superalignment")]
    [InlineData("l'équipe Superalignment", "superalignment")]
    [InlineData("Équipe  SUPERALIGNMENT", "superalignment")]
    [InlineData("Jan Leike", "jan leike")]
    [InlineData("Sécurité de l'IA", "securite ia")]
    public void Normalise_SpellsTheSameEntityTheSameAcrossLanguagesAndCasing(string name, string expected) =>
        Assert.Equal(expected, StoryKey.Normalise(name));

    [Fact]
    public void For_FilesAReportUnderEachPersonTeamAndOrganisationOfItsEvent()
    {
        var keys = StoryKey.For(AlertEvent.Departure, ["Jan Leike"], ["Superalignment team"], ["OpenAI"]);

        Assert.Equal(["departure|p|jan leike", "departure|t|superalignment", "departure|o|openai"], keys.Select(k => k.Partition));
    }
}
