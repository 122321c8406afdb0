using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Tests.Classification.Text;

/// <summary>"Artificial intelligence" spelt out reads as the acronym every phrase is written with.</summary>
public sealed class ArtificialIntelligenceTests
{
    [Theory]
    [InlineData("es", "Brasil cierra su instituto de evaluación de la inteligencia artificial", "Una medida provisional suprime el organismo.")]
    [InlineData("fr", "Le Québec ferme son centre d'évaluation de l'intelligence artificielle", "Le gouvernement supprime l'organisme.")]
    [InlineData("it", "Chiude il centro per la valutazione dell'intelligenza artificiale", "Il governo sopprime l'ente.")]
    public void Classify_WhenAiIsSpeltOut_MatchesThePhrasesWrittenWithItsAcronym(string language, string title, string summary)
    {
        var spelt = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(spelt.IsAlert(0.5), $"score {spelt.Score}");
        Assert.Equal(AlertEvent.Dissolution, spelt.Event);
        Assert.Contains(spelt.Evidence, e => e.Kind == "scope" && e.Text.Contains("artifici", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("comité d'éthique de l'intelligence artificielle", "Comité d'éthique de l'IA")]
    [InlineData("equipe de ética em inteligência artificial", "Equipe de ética em IA")]
    [InlineData("Ethikrat für künstliche Intelligenz", "Ethikrat für KI")]
    [InlineData("Artificial Intelligence Safety Institute", "AI Safety Institute")]
    public void NameKey_OfANameWithAiSpeltOut_IsTheKeyOfItsAcronym(string spelt, string acronym) =>
        Assert.Equal(NameKey.Of(acronym), NameKey.Of(spelt));

    [Fact]
    public void NameKey_OfWordsThatOnlyNeighbourEachOther_IsUnchanged() =>
        Assert.Equal(" artificial and intelligence ", NameKey.Of("Artificial and Intelligence"));
}
