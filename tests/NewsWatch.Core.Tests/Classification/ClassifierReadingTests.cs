using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// How a few constructions are read: a denial of what a clause tells, a body designated as an
/// institute, a word that may tell a departure or an internal move, a field that is someone's
/// past, and company names that end like AI start-ups'.
/// </summary>
public class ClassifierReadingTests
{
    [Theory]
    [InlineData("es", "Corvalia desmiente que su directora de alineamiento vaya a abandonar la empresa", "La compañía de inteligencia artificial asegura que Lucía Ferrán sigue al frente del equipo.")]
    [InlineData("pt", "Tucanara nega que o chefe de avaliação de modelos vá deixar a empresa", "A empresa de inteligência artificial diz que Renato Alvim continua à frente da equipa.")]
    [InlineData("en", "Orvane AI denies that its head of alignment Jane Roe will leave the company", "A spokesperson said she remains in charge of the alignment team.")]
    public void Classify_WhenADenialOpensAThatClause_TheClausesChangeIsDenied(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}");
    }

    [Fact]
    public void Classify_WhenADenialIsOfAReason_TheChangeStands()
    {
        var result = SharedClassifier.Instance.Classify("Orvane AI denies that safety concerns were behind its alignment lead's exit", "Jane Roe, head of alignment at Orvane AI, resigned on Monday.", "en");

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Fact]
    public void Classify_WhenAReportIsCalledUntrue_TheHeadlinesDenialHolds()
    {
        var result = SharedClassifier.Instance.Classify(
            "Tamsworth denies its head of alignment is on her way out",
            "The company called reports that Dr Imke Varga had resigned 'untrue' and said she still leads its alignment research.",
            "en");

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}");
    }

    [Theory]
    [InlineData("it", "Sicurezza dell'IA, il governo designa l'Istituto Vallombra come ente nazionale", "L'istituto di ricerca di Lucca testerà i modelli di intelligenza artificiale più avanzati.")]
    [InlineData("de", "Land benennt Prüfzentrum Auental als Stelle für KI-Sicherheit", "Das Zentrum soll künftig KI-Modelle vor der Markteinführung testen.")]
    public void Classify_WhenABodyIsDesignatedAsAnInstitute_ReturnsFormation(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Formation, result.Event);
    }

    [Fact]
    public void Classify_WhenAPersonIsDesignated_ReturnsArrival()
    {
        var result = SharedClassifier.Instance.Classify("Orvane AI designa a Lucía Ferrán como jefa de alineamiento", "La investigadora dirigirá el equipo que evalúa los modelos de IA de la empresa.", "es");

        Assert.Equal(AlertEvent.Arrival, result.Event);
    }

    [Fact]
    public void Classify_WhenAWordOfLeavingOnlyTellsAReassignment_ReturnsRestructuring()
    {
        var result = SharedClassifier.Instance.Classify(
            "Corvalia IA aparta a Lucía Ferrán del red team",
            "La empresa de inteligencia artificial reasignó a Ferrán, que dirigía su red team, al área comercial.",
            "es");

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Restructuring, result.Event);
    }

    [Fact]
    public void Classify_WhenAFieldIsSomeonesPast_ItsWordsAreNoLookalikes()
    {
        var result = SharedClassifier.Instance.Classify(
            "Orvane AI taps former aviation regulator Imke Varga to run model evaluations",
            "Varga, who spent a decade certifying flight software, will lead the team testing the company's AI models for dangerous capabilities.",
            "en");

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.DoesNotContain(result.Evidence, e => e.Kind == "negative");
    }

    [Theory]
    [InlineData("Tamsworth Mind's head of alignment resigns", "Tamsworth Mind")]
    [InlineData("Halcón Neuronal pierde a su jefa de alineamiento", "Halcón Neuronal")]
    public void Classify_WhenANameEndsLikeAnAiStartUps_ItIsALab(string title, string lab)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, title.Contains("pierde", StringComparison.Ordinal) ? "es" : "en");

        Assert.Contains(lab, result.Orgs);
        Assert.DoesNotContain(lab, result.People);
    }

    [Fact]
    public void Classify_WhenAHeadlinesMoverIsNamedByFamilyName_ListsThemFirst()
    {
        var result = SharedClassifier.Instance.Classify(
            "Orvane AI, un altro addio: lascia anche Brambilla",
            "Dopo le dimissioni della responsabile dell'allineamento Lucia Ferretti, Orvane AI perde anche il capo del red team, Paolo Brambilla.",
            "it");

        Assert.Equal("Paolo Brambilla", result.People[0]);
    }
}
