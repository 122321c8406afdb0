using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// How a headline and its lede are read together: the lede says who or what the headline's change
/// is about, and a product's release is told apart from a unit's launch.
/// </summary>
public class ClassifierHeadlineAndLedeTests
{
    [Theory]
    [InlineData("it", "Tiziano Bergamaschi lascia Lucerna Nove", "Il responsabile dell'allineamento della società torinese, che addestra modelli linguistici, torna all'università.")]
    [InlineData("fr", "Gaëlle Morvan quitte Brisecoeur", "La responsable de l'alignement de la jeune pousse nantaise, qui entraîne des modèles de langage, rejoint une université.")]
    [InlineData("en", "Odile Strand leaves Kettlewick", "The head of alignment at the Leeds start-up, which trains large language models, is returning to academia.")]
    public void Classify_WhenTheLedeSaysWhoTheHeadlinesMoverIs_ReadsThemAsOneTelling(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("it", "Pervinca Dati lancia Arco-5: «Il nostro modello più avanzato, superati tutti i test di sicurezza»", "L'azienda ha pubblicato i risultati delle valutazioni sulle capacità pericolose e del red teaming condotto da esperti esterni.")]
    [InlineData("en", "Tallowby AI launches Heron-2 with a published safety card", "The model was tested by outside red-teamers for six weeks before release.")]
    public void Classify_WhenTheLaunchedThingHasAVersionNumber_ItIsAReleaseNotAFormation(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
    }

    [Fact]
    public void Classify_WhenAReleaseHeadlineAlsoTellsADeparture_StillAlerts()
    {
        var result = SharedClassifier.Instance.Classify(
            "Gralha AI prepara lançamento do Gralha-3 em meio a baixa na equipe",
            "A empresa confirmou que lança em março o Gralha-3, seu modelo mais avançado. Também perdeu Inês Valadão, que chefiava a equipe de alinhamento e pediu demissão na semana passada.",
            "pt");

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("pt", "Ciclismo: equipa Serra Velocidade extinta após saída do patrocinador", "A empresa de inteligência artificial que dava nome à formação retirou o apoio e a equipa não vai alinhar na Volta.")]
    [InlineData("fr", "Cyclisme : l'équipe Côte Rapide disparaît après le départ de son sponsor", "L'entreprise d'intelligence artificielle qui donnait son nom à la formation se retire, et l'équipe ne pourra pas s'aligner au départ du Tour.")]
    public void Classify_WhenAVerbOfLiningUpSharesAlignmentsStem_ItIsNoAlignmentWork(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
    }

    [Theory]
    [InlineData("es", "Vendaval abandona Quimera Labs", "La científica jefa de Quimera Labs, que codirigía el equipo encargado de alinear los futuros sistemas, deja la empresa.")]
    [InlineData("it", "Ruggero Fantin lascia Ventaglio", "Il ricercatore guidava il gruppo incaricato di allineare i modelli della società di intelligenza artificiale e lascia l'azienda dopo tre anni.")]
    public void Classify_WhenATeamIsToAlignModelsOrSystems_ItIsAlignmentWork(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
    }

    [Theory]
    [InlineData("nl", "Marleen Oosterbeek stapt op bij Klaverhof", "De leider van het red-teamingteam van Klaverhof is vertrokken. Zij was het oneens met de korte testperiode voor het nieuwe model.")]
    [InlineData("es", "Destituido el consejero delegado de Mirlindo por saltarse las pruebas de seguridad", "El consejo le reprocha haber ocultado el resultado negativo de una evaluación de seguridad del modelo antes del lanzamiento.")]
    public void Classify_WhenARedTeamOrSafetyTestIsOfTheCompanysModel_ItIsAiWork(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Fact]
    public void Classify_WhenABanksRedTeamLeadLeaves_RaisesNoAlert()
    {
        var result = SharedClassifier.Instance.Classify(
            "Bank's red team lead leaves after failed penetration test",
            "The lender's head of offensive security testing quit after auditors found gaps in its threat model.",
            "en");

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00}");
    }

    [Theory]
    [InlineData("fr", "Aurélien Castagne succède à Noémie Vautrin à la tête de l'équipe d'évaluation des risques de Lumivel", "La start-up d'IA confie son équipe d'évaluation des modèles à son ancien adjoint.")]
    [InlineData("es", "Berta Olmedo releva a Hugo Caballé al frente del equipo de seguridad de IA de Trasluz", "La empresa de inteligencia artificial confirmó el cambio el lunes.")]
    [InlineData("nl", "Sanne Bruinsma volgt Wout Meijerink op als hoofd van het AI-veiligheidsteam van Duinlicht", "Het AI-bedrijf bevestigde de wissel maandag.")]
    public void Classify_WhenAHeadlineNamesASuccessorAndTheOneSucceeded_ReturnsTheDeparture(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(AlertEvent.Departure, result.Event);
        Assert.Contains(AlertEvent.Arrival, result.Events);
    }

    [Theory]
    [InlineData("pt", "«Vou continuar»: Helena Moura-Pires, responsável de segurança da Sargaço, afasta rumores", "Helena Moura-Pires lidera há dois anos a equipa de segurança de modelos da Sargaço, que treina modelos de linguagem.")]
    [InlineData("en", "'I'm staying': Corin Ashdown, safety chief at Brackwater, dismisses rumours", "Corin Ashdown has led the AI safety team at Brackwater for three years.")]
    public void Classify_WhenTheHeadlineDismissesRumoursOfADeparture_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
    }

    [Fact]
    public void Classify_WhenSpanishNombreIsTheNounForName_ItTellsNoAppointment()
    {
        var result = SharedClassifier.Instance.Classify(
            "Rocío Almansa: «Sigo aquí»",
            "Rocío Almansa dirige el equipo de seguridad de IA de Ventisca. En las últimas semanas, su nombre ha sonado en otros laboratorios.",
            "es");

        Assert.DoesNotContain(result.Evidence, e => e.Kind == "event" && e.Text == "nombre");
    }

    [Fact]
    public void Classify_WhenALedeOnlySetsTheSceneUnderAVagueHeadline_TheBodysChangeIsTheEvent()
    {
        const string article = """
            Lontra Dados has had a difficult year. The Porto company, which trains language models for insurers, lost its largest client in February, froze hiring and cut its cloud computing budget.

            The plan also ends its alignment team, the five researchers who studied how to keep the company's models within their users' intentions. The team was disbanded on 1 May and its members moved to other groups.

            Its lead, Ilda Varejão, has left the company.
            """;

        var result = SharedClassifier.Instance.Classify("Lontra Dados changes course", article, "en");

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Dissolution, result.Event);
    }

    [Theory]
    [InlineData("it", "Velmora scioglie il team Deep-Horizon Alignment", "Velmora ha sciolto il suo gruppo dedicato all'allineamento a lungo termine pochi giorni dopo le dimissioni del responsabile.")]
    [InlineData("de", "Velmora gründet Alignment-Science-Team", "Velmora baut wieder eine eigene Alignment-Gruppe auf: das neue Team mit zwölf Forschenden berichtet an den Technikvorstand.")]
    public void Classify_WhenAnotherLanguageBorrowsTheEnglishAlignment_ItSaysAi(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
    }

    [Fact]
    public void Classify_WhenAFrenchTextLinesThingsUp_TheNativeWordStillNeedsAiSaid()
    {
        var result = SharedClassifier.Instance.Classify(
            "Le chef du service d'alignement des voies quitte la compagnie ferroviaire",
            "Il part à la retraite après trente ans.",
            "fr");

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00}");
    }
}
