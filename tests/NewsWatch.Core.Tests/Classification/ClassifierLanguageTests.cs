using NewsWatch.Core.Classification;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>The declared language is trusted when supported; otherwise the language is detected once.</summary>
public class ClassifierLanguageTests
{
    [Theory]
    [InlineData("fr-FR", "fr")]
    [InlineData("PT_br", "pt")]
    [InlineData("nl", "nl")]
    public void Classify_WhenDeclaredLanguageIsSupported_UsesItWithoutDetection(string declared, string expected)
    {
        var result = SharedClassifier.Instance.Classify("OpenAI", string.Empty, declared);

        Assert.Equal(expected, result.Language);
        Assert.DoesNotContain(result.Evidence, e => e.Kind == "language");
    }

    [Theory]
    [InlineData(null, "Il responsabile della sicurezza dell'IA lascia l'azienda dopo tre anni", "it")]
    [InlineData("ja", "De onderzoeker vertrekt na drie jaar bij het bedrijf en gaat terug naar de universiteit", "nl")]
    [InlineData("", "O investigador deixa a empresa depois de dois anos à frente da equipa", "pt")]
    [InlineData(null, "Le Canada rebaptise son Frontier AI Safety Office en Frontier AI Security Office", "fr")]
    [InlineData(null, "Norvalis Labs benoemt Ada Pruitt tot hoofd van het Model Alignment Team", "nl")]
    public void Classify_WhenLanguageIsMissingOrUnsupported_DetectsIt(string? declared, string title, string expected)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, declared);

        Assert.Equal(expected, result.Language);
        Assert.Contains(result.Evidence, e => e.Kind == "language");
    }

    [Fact]
    public void Classify_WhenGivenNewsItem_ReadsItsTitleSummaryAndLanguage()
    {
        var item = new NewsItem("feed", "id", "Google löst sein KI-Ethik-Team auf", "Die Forscher wechseln in andere Abteilungen.",
            null, null, DateTimeOffset.UnixEpoch, "de-DE", "Example");

        var result = SharedClassifier.Instance.Classify(item);

        Assert.Equal("de", result.Language);
        Assert.Equal(AlertEvent.Dissolution, result.Event);
    }

    [Theory]
    [InlineData("fr", "Les Pays-Bas renomment leur institut de sûreté de l'IA", AlertEvent.Restructuring)]
    [InlineData("fr", "Trois chercheurs en alignement quittent Quorvane", AlertEvent.Departure)]
    [InlineData("fr", "Les fondateurs dissolvent l'équipe d'alignement de Quorvane", AlertEvent.Dissolution)]
    [InlineData("de", "Die Niederlande benennen ihr KI-Sicherheitsinstitut um", AlertEvent.Restructuring)]
    [InlineData("de", "Drei KI-Sicherheitsforscher treten bei Quorvane zurück", AlertEvent.Departure)]
    [InlineData("de", "Die Länder legen ihre KI-Sicherheitsinstitute zusammen", AlertEvent.Restructuring)]
    [InlineData("nl", "De ministers hernoemen het AI-veiligheidsinstituut", AlertEvent.Restructuring)]
    [InlineData("nl", "De oprichters heffen het alignmentteam van Quorvane op", AlertEvent.Dissolution)]
    [InlineData("it", "I fondatori sciolgono il team di allineamento di Quorvane", AlertEvent.Dissolution)]
    public void Classify_WhenSeveralActorsMakeTheChange_ReadsThePluralVerb(string language, string title, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, string.Empty, expected);
}
