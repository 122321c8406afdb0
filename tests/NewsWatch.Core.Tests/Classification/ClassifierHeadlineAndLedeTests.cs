using NewsWatch.Core.Classification;
using static NewsWatch.Core.Tests.Classification.ClassifierAssert;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// How a headline and its lede are read together: the lede says who or what the headline's change
/// is about, a product's release is told apart from a unit's launch, and a few words that look
/// like changes or like safety work are read for what they are.
/// </summary>
public class ClassifierHeadlineAndLedeTests
{
    [Theory]
    [InlineData("it", "Tiziano Bergamaschi se ne va da Lucernilla Nove", "Il ricercatore curava dal 2023 l'allineamento dei modelli linguistici della società torinese.")]
    [InlineData("fr", "Gaëlle Morvennec quitte Brisecoeur", "Elle dirigeait depuis trois ans l'alignement des modèles de langage de la jeune pousse nantaise.")]
    [InlineData("en", "Odile Strand leaves Kettlewick", "She had run alignment research on the Leeds start-up's large language models since 2023.")]
    public void Classify_WhenTheLedeSaysWhoTheHeadlinesMoverIs_ReadsThemAsOneTelling(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("it", "Pervinca Dati lancia Arco-5 per le banche", "Secondo l'azienda, il sistema è stato messo alla prova da un red team esterno per due mesi.")]
    [InlineData("en", "Tallowby AI launches Heron 2 for call centres", "The company said outside red-teamers had probed the system for a month.")]
    public void Classify_WhenTheLaunchedThingHasAVersionNumber_ItIsAReleaseNotAFormation(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
        Assert.DoesNotContain(AlertEvent.Formation, result.Events);
    }

    [Theory]
    [InlineData("en", "Tallowby AI launches red team unit to probe its chatbots", "The new AI safety unit will test every model before release.")]
    [InlineData("de", "Bund gründet im Januar 2026 ein Institut für KI-Sicherheit", "Das Institut soll fortgeschrittene KI-Modelle prüfen.")]
    [InlineData("en", "Government launches Horizon 2030 AI safety office", "The office will test frontier AI models before they are used by ministries.")]
    public void Classify_WhenALaunchedUnitOrAYearLooksLikeAVersion_StillReportsTheFormation(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Formation);

    [Fact]
    public void Classify_WhenAReleaseHeadlineAlsoTellsADeparture_StillAlerts() =>
        AssertAlert("pt", "Gralha AI lança Gralha-3 e perde a chefe de alinhamento", "Inês Valadão, que liderava a equipa de alinhamento da empresa de IA, demitiu-se na sexta-feira.", AlertEvent.Departure);

    [Theory]
    [InlineData("pt", "Futebol: clube da Serra perde patrocinador", "Sem o apoio da empresa de inteligência artificial, o treinador admite que a equipa vai alinhar com juniores no domingo.")]
    [InlineData("fr", "Cyclisme : l'équipe Côte Rapide disparaît après le départ de son sponsor", "L'entreprise d'intelligence artificielle qui donnait son nom à la formation se retire, et l'équipe ne pourra pas s'aligner au départ du Tour.")]
    public void Classify_WhenAVerbOfLiningUpSharesAlignmentsStem_ItIsNoAlignmentWork(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("es", "Zarzuela Labs pierde a Elvira Sanjuán", "La investigadora, que trabajaba en alinear los modelos de la empresa de IA, se marcha a una universidad.")]
    [InlineData("it", "Ruggero Fantin lascia Brezzolino", "Il ricercatore guidava il gruppo incaricato di allineare i modelli della società di intelligenza artificiale e lascia l'azienda dopo tre anni.")]
    public void Classify_WhenATeamIsToAlignModelsOrSystems_ItIsAlignmentWork(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("en", "Bank's red team lead leaves after failed penetration test", "The lender's head of offensive security testing quit after auditors found gaps in its threat model.")]
    [InlineData("en", "Speaker maker's head of safety testing resigns", "She left after the new model overheated in tests.")]
    public void Classify_WhenAnotherIndustrysTestersTestAModel_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("fr", "À Lumivel, Aurélien Castagne succède à Noémie Vautrel à la tête de la sécurité de l'IA", "La start-up d'IA confie son équipe d'évaluation des modèles à son ancien adjoint.")]
    [InlineData("es", "En Trasluz, Berta Olmeira releva a Hugo Caballé como jefa de seguridad de la IA", "La empresa de inteligencia artificial confirmó el cambio el lunes.")]
    [InlineData("nl", "Bij Duinlicht volgt Sanne Bruinsma Wout Meijerink op als hoofd AI-veiligheid", "Het AI-bedrijf bevestigde de wissel maandag.")]
    public void Classify_WhenAHeadlineNamesASuccessorAndTheOneSucceeded_ReturnsTheDeparture(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(AlertEvent.Departure, result.Event);
        Assert.Contains(AlertEvent.Arrival, result.Events);
    }

    [Theory]
    [InlineData("it", "Cosa succede a Brezzolino: il team di sicurezza dell'IA perde fondi", "Il bilancio del gruppo scende di un terzo.")]
    [InlineData("nl", "Duinlicht volgt het advies op en geeft AI-veiligheidsteam meer budget", "Het team krijgt tien extra onderzoekers.")]
    public void Classify_WhenAVerbOfSuccessionMeansSomethingElse_TellsNoDeparture(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(AlertEvent.Departure, result.Events);
    }

    [Theory]
    [InlineData("pt", "Helena Moura-Pires afasta rumores de saída da Sargaço", "A responsável pela equipa de segurança de IA da empresa diz que tem trabalho por acabar.")]
    [InlineData("en", "Hollowgrin safety chief Corin Ashtellen dismisses rumours of exit", "Ashtellen, who leads the AI safety team, told staff she has no plans to go.")]
    public void Classify_WhenTheHeadlineDismissesRumoursOfADeparture_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Fact]
    public void Classify_WhenAQuoteSaysSomeoneWillGoOnFightingAsTheyLeave_TheDepartureStands() =>
        AssertAlert("pt", "«Vou continuar a lutar»: Ana Luz deixa a equipa de segurança de IA da Sargaço", "A investigadora sai da empresa de inteligência artificial no fim do mês.", AlertEvent.Departure);

    [Fact]
    public void Classify_WhenSpanishNombreIsTheNounForName_ItTellsNoAppointment()
    {
        var result = SharedClassifier.Instance.Classify(
            "Rocío Almazora: «Sigo aquí»",
            "Rocío Almazora dirige el equipo de seguridad de IA de Ventisca, un nombre que se repite en las quinielas del sector.",
            "es");

        Assert.DoesNotContain(result.Evidence, e => e.Kind == "event" && e.Text == "nombre");
    }

    [Fact]
    public void Classify_WhenALedeOnlySetsTheSceneUnderAVagueHeadline_TheBodysChangeIsTheEvent()
    {
        const string article = """
            Lontra Dados lost its largest client in February and cut its cloud computing budget by a quarter.

            Its red team of AI safety researchers is being wound up. The team was disbanded last week and its six members moved to product groups.

            Its lead, Ilda Varejão, has left the company.
            """;

        var result = SharedClassifier.Instance.Classify("Lontra Dados: a difficult year", article, "en");

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Dissolution, result.Event);
    }

    [Fact]
    public void Classify_WhenALedeTellsADepartureAndTheBodyATeamsGrowth_TheDepartureIsTheEvent()
    {
        const string article = """
            Chief executive Ana Reis resigned on Monday after a dispute with the board.

            The company is meanwhile expanding its AI safety team, which will hire eight researchers this year.
            """;

        var result = SharedClassifier.Instance.Classify("Lontra Dados changes course", article, "en");

        Assert.Contains(AlertEvent.Departure, result.Events);
        Assert.Equal(AlertEvent.Departure, result.Events[0]);
    }

    [Theory]
    [InlineData("it", "Dunsmoor chiude il gruppo Alignment Science", "I nove ricercatori passano ai team di prodotto.", AlertEvent.Dissolution)]
    [InlineData("de", "Dunsmoor stellt sein Alignment-Team neu auf", "Die Gruppe wird der Produktentwicklung unterstellt.", AlertEvent.Restructuring)]
    public void Classify_WhenAnotherLanguageBorrowsTheEnglishAlignmentForATeam_ItSaysAi(string language, string title, string summary, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(expected, result.Event);
    }

    [Theory]
    [InlineData("de", "Vertriebschef Jonas Weber verlässt Dunsmoor nach Streit über das Alignment von Vertrieb und Produkt", "Weber war seit fünf Jahren im Unternehmen.")]
    [InlineData("fr", "Le chef du service d'alignement des voies quitte la compagnie ferroviaire", "Il part à la retraite après trente ans.")]
    public void Classify_WhenAlignmentIsBusinessOrTrackWork_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("it", "La filosofa Ada Ferri-Osei lascia il comitato etico di Brezzolino Systems", "La docente si è dimessa dall'organismo che esamina gli usi dei modelli di IA dell'azienda, denunciando di non essere stata consultata.", AlertEvent.Departure)]
    [InlineData("es", "Tembora disuelve su Consejo de Ética de IA", "El consejo, creado en plena polémica por el uso de sus modelos en procesos de selección de personal, deja de existir.", AlertEvent.Dissolution)]
    public void Classify_WhenTheHeadlineTellsTheChange_ALedesLookalikeWordIsContext(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    [Fact]
    public void Classify_WhenTheHeadlineTellsAnotherFieldsChange_ItsLedeStillSaysSo() =>
        AssertNoAlert("es", "La red social Charlita reorganiza su equipo de confianza y seguridad", "El equipo de moderación de contenidos pasa a depender de producto.");

    [Fact]
    public void Classify_WhenAModelsSafetyWorkIsToldTwiceAcrossTheText_ItIsAnAiModel() =>
        AssertAlert(
            "es",
            "Dimite la científica jefa de Bravía tras chocar con el consejo por las pruebas de seguridad",
            "El consejo quería lanzar el nuevo modelo en diciembre. Ella pedía antes pruebas de ataque externas y abandona la compañía.",
            AlertEvent.Departure);

    [Theory]
    [InlineData("Two alignment researchers quit Quorvane AI, warning of hollow commitments", true)]
    [InlineData("Quorvane, set up by two former alignment researchers, raises $250m", false)]
    public void Classify_WhenALookalikeWordGivesTheReasonInAClauseAfterTheHeadlinesChange_ItWeighsLess(string title, bool expectedAlert)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, "en");

        Assert.Equal(expectedAlert, result.IsAlert(0.5));
    }

    [Theory]
    [InlineData("en", "Quorvane rethinks its safety work and loses the researcher who led it", "Quorvane has disbanded its long-term alignment team, the nine-person group set up to keep its models under human control.")]
    [InlineData("it", "Quorvane, il gruppo di allineamento chiude. Se ne va Mia Brennwick", "Quorvane ha sciolto il gruppo che si occupava dell'allineamento dei modelli; i nove ricercatori passano ai team di prodotto.")]
    public void Classify_WhenTheLedeTellsTheTeamsEndUnderAHeadlineDeparture_TheEndIsTheEvent(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Equal(AlertEvent.Dissolution, result.Event);
        Assert.Contains(AlertEvent.Departure, result.Events);
    }

    [Fact]
    public void Classify_WhenTheLedeTellsANewTeamUnderAHeadlineDeparture_TheDepartureStaysTheEvent()
    {
        var result = SharedClassifier.Instance.Classify(
            "Quorvane's alignment lead Mia Brennwick quits", "Quorvane has set up a new alignment team to replace the group she led.", "en");

        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("Quorvane's safety lead Mia Brennwick resigns", "Brennwick, who led the alignment team, leaves as Quorvane shuts down its Tamsford office.")]
    [InlineData("Former alignment lead Mia Brennwick leaves Quorvane", "Brennwick, whose alignment team Quorvane dissolved, had stayed on as an adviser to the safety board.")]
    [InlineData("Mia Brennwick quits Quorvane's AI safety board", "Brennwick, who led Brisklane's AI ethics team until the lab disbanded it, had joined the board in 2023.")]
    public void Classify_WhenTheLedesEndIsOfSomethingElseOrOld_TheDepartureStaysTheEvent(string title, string summary) =>
        ClassifierAssert.AssertAlert("en", title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("en", "Tamsford University opens an AI safety institute backed by a £12 million grant", "The institute will test frontier models for dangerous capabilities.")]
    [InlineData("fr", "Quorvane crée un laboratoire d'alignement doté de 20 millions d'euros", "Le laboratoire testera les modèles d'IA avant leur sortie.")]
    public void Classify_WhenTheHeadlineSetsUpABodyWithMoney_ThePledgeIsTheEvent(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Equal(AlertEvent.Resources, result.Event);
        Assert.Contains(AlertEvent.Formation, result.Events);
    }
}
