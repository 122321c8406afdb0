using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>The classifier names the organisations, people and teams an alert is about.</summary>
public class ClassifierEntityTests
{
    [Fact]
    public void Classify_WhenKnownResearcherLeavesKnownLab_NamesBoth()
    {
        var result = SharedClassifier.Instance.Classify("Paul Christiano leaves the Alignment Research Center", string.Empty, "en");

        Assert.Contains("Paul Christiano", result.People);
        Assert.Contains("Alignment Research Center", result.Orgs);
    }

    [Theory]
    [InlineData("en", "AI safety researcher Hannah Whitfield quits Anthropic", "Hannah Whitfield")]
    [InlineData("fr", "Le chercheur en sécurité de l'IA Étienne Marchand quitte Mistral AI", "Étienne Marchand")]
    [InlineData("nl", "Onderzoeker AI-veiligheid Bram van Dijk vertrekt bij OpenAI", "Bram van Dijk")]
    public void Classify_WhenUnknownPersonHasRoleBesideName_FindsPerson(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(person, result.People);
    }

    [Theory]
    [InlineData("en", "Microsoft lays off its AI ethics team", "AI ethics team")]
    [InlineData("es", "Meta disuelve su equipo de IA responsable", "equipo de IA responsable")]
    [InlineData("de", "OpenAI löst das Superalignment-Team auf", "Superalignment")]
    public void Classify_WhenTeamIsNamed_FindsTeam(string language, string title, string team)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(result.Teams, t => t.Contains(team, StringComparison.OrdinalIgnoreCase) || team.Contains(t, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Classify_WhenLowerCaseWordSpellsAnOrg_DoesNotNameIt()
    {
        var result = SharedClassifier.Instance.Classify("El equipo alcanza su meta de seguridad", string.Empty, "es");

        Assert.DoesNotContain("Meta", result.Orgs);
    }
}
