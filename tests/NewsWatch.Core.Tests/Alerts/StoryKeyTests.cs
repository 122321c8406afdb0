using NewsWatch.Core.Alerts;

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
    public void For_FilesAReportUnderEachPersonTeamAndOrganisationWhateverItsEvent()
    {
        var keys = StoryKey.For(["Jan Leike"], ["Superalignment team"], ["OpenAI"]);

        Assert.Equal(["p|jan leike", "f|leike", "t|superalignment", "o|openai"], keys.Select(k => k.Partition));
    }
}
