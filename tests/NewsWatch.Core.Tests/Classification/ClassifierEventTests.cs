using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>Each event type is recognised in several languages, from sentences written for these tests.</summary>
public class ClassifierEventTests
{
    [Theory]
    [InlineData("en", "Alignment lead at Anthropic resigns over deployment pace", "The researcher said the lab's safety commitments were slipping.")]
    [InlineData("fr", "La cheffe de l'équipe de sécurité de l'IA de Google démissionne", "Elle dénonce une course aux produits au détriment de la sûreté des modèles.")]
    [InlineData("de", "Leiterin des KI-Sicherheitsteams verlässt Microsoft", "Sie kritisiert, dass Sicherheitsprüfungen neuer Modelle verkürzt wurden.")]
    [InlineData("es", "Abandona OpenAI otro investigador de seguridad de la IA", "Es el tercero del equipo de alineación que se marcha este año.")]
    [InlineData("it", "Lascia Google DeepMind la responsabile della sicurezza dell'IA", "La ricercatrice guidava il gruppo che valuta i rischi dei modelli.")]
    [InlineData("pt", "Investigador de segurança da IA sai da Anthropic", "Deixa a empresa após dois anos na equipa de alinhamento.")]
    [InlineData("nl", "Onderzoeker AI-veiligheid vertrekt bij Google DeepMind", "Hij werkte aan het testen van risico's van nieuwe modellen.")]
    public void Classify_WhenSafetyPersonLeaves_ReturnsDeparture(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("en", "Harwick AI folds its red team into a new assurance division", "The red-teaming group will report to the chief operating officer.")]
    [InlineData("nl", "Fluvermeer verdubbelt het team voor modelveiligheid", "Het AI-bedrijf trekt er acht miljoen euro voor uit.")]
    [InlineData("es", "Adiós al equipo de IA responsable de Montegral", "La tecnológica reparte sus funciones entre otros departamentos.")]
    public void Classify_WhenATeamIsMergedDoubledOrBidFarewell_ReturnsThatEvent(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(language switch { "en" => AlertEvent.Restructuring, "nl" => AlertEvent.Resources, _ => AlertEvent.Dissolution }, result.Event);
    }

    [Theory]
    [InlineData("en", "Meta hires veteran alignment researcher to run its AI safety team", "She joins from a university lab that studies oversight of advanced models.")]
    [InlineData("fr", "Anthropic recrute un ancien responsable de la sécurité de l'IA d'OpenAI", "Il rejoint l'équipe chargée de l'alignement des modèles.")]
    [InlineData("de", "Ehemaliger OpenAI-Forscher wird Leiter für KI-Sicherheit bei SAP", "Er wurde zum neuen Leiter des Teams ernannt, das Risiken großer Modelle prüft.")]
    [InlineData("pt", "Google DeepMind contrata especialista em segurança da IA", "A investigadora vai liderar a equipa de avaliação de riscos dos modelos.")]
    public void Classify_WhenSafetyPersonArrives_ReturnsArrival(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Arrival);

    [Theory]
    [InlineData("en", "Lab disbands its AI safety team weeks after leaders quit", "The remaining researchers were moved to product groups.")]
    [InlineData("es", "Google disuelve su comité de ética de la IA", "El órgano consultivo deja de existir tras las críticas.")]
    [InlineData("de", "Amazon löst sein Team für verantwortungsvolle KI auf", "Die Mitarbeiter wechseln in Produktabteilungen.")]
    [InlineData("nl", "Techbedrijf heft zijn team voor AI-ethiek op", "De leden gaan naar andere afdelingen.")]
    public void Classify_WhenSafetyTeamIsDisbanded_ReturnsDissolution(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Dissolution);

    [Theory]
    [InlineData("en", "Singapore sets up an AI Safety Institute to test frontier models", "The institute will work with its UK and US counterparts.")]
    [InlineData("fr", "L'Allemagne crée un institut de sécurité de l'IA", "L'organisme évaluera les modèles avant leur mise sur le marché.")]
    [InlineData("it", "Anthropic crea un nuovo team per la sicurezza dei modelli", "Il gruppo valuterà i rischi prima di ogni rilascio.")]
    public void Classify_WhenSafetyBodyIsCreated_ReturnsFormation(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Formation);

    [Theory]
    [InlineData("en", "Microsoft restructures its responsible AI team under new leadership", "The group will report to the product organisation.")]
    [InlineData("es", "El instituto británico de seguridad de la IA cambia de nombre", "Pasa a centrarse en amenazas a la seguridad nacional.")]
    [InlineData("nl", "Google reorganiseert zijn team voor AI-veiligheid", "De groep krijgt een nieuwe leiding.")]
    public void Classify_WhenSafetyTeamIsReorganised_ReturnsRestructuring(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Restructuring);

    [Theory]
    [InlineData("en", "Lab pledges a fifth of its compute to alignment research", "The commitment covers the next four years.")]
    [InlineData("fr", "OpenAI réduit le budget de son équipe de sécurité de l'IA", "Les chercheurs disposent de moins de puissance de calcul.")]
    [InlineData("it", "Google taglia il budget del team di sicurezza dell'IA", "Meno potenza di calcolo per i ricercatori.")]
    public void Classify_WhenSafetyResourcesChange_ReturnsResources(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Resources);

    [Fact]
    public void Classify_WhenTeamIsDissolvedAfterItsLeaderLeft_ReturnsDissolutionAndListsBoth()
    {
        var result = SharedClassifier.Instance.Classify(
            "OpenAI dissolves its superalignment team after co-lead resigns",
            "The team's other leader also left the company last week.",
            "en");

        Assert.Equal(AlertEvent.Dissolution, result.Event);
        Assert.Contains(AlertEvent.Departure, result.Events);
    }

    [Fact]
    public void Classify_WhenAlert_ReturnsEvidenceForEventAndScope()
    {
        var result = SharedClassifier.Instance.Classify("Jan Leike resigns from OpenAI", string.Empty, "en");

        Assert.Contains(result.Evidence, e => e.Kind == "event" && e.Text == "resigns");
        Assert.Contains(result.Evidence, e => e.Kind == "scope" && e.Text == "Jan Leike");
        Assert.All(result.Evidence, e => Assert.Equal(e.Text, "Jan Leike resigns from OpenAI".Substring(e.Start, e.Text.Length)));
    }

    [Fact]
    public void Classify_WhenEvidenceIsInSummary_PointsIntoTitleNewlineSummary()
    {
        const string Title = "A new chapter at the lab";
        const string Summary = "The head of the superalignment team resigned on Friday.";

        var result = SharedClassifier.Instance.Classify(Title, Summary, "en");

        var text = Title + "\n" + Summary;
        var resigned = Assert.Single(result.Evidence, e => e.Kind == "event");
        Assert.Equal("resigned", text.Substring(resigned.Start, resigned.Text.Length));
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("2024", "!!!")]
    public void Classify_WhenTextHasNoWords_ReturnsNoAlert(string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary);

        Assert.Equal(AlertEvent.None, result.Event);
        Assert.False(result.IsAlert(0.5));
    }

    private static void AssertAlert(string language, string title, string summary, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00} for '{title}'");
        Assert.Equal(expected, result.Event);
    }

    [Theory]
    [InlineData("es", "Adiós a la ética: Lumbre rebautiza su equipo de seguridad de la IA", AlertEvent.Restructuring)]
    [InlineData("pt", "Equipe de segurança de IA da Lumbre é rebatizada e perde foco", AlertEvent.Restructuring)]
    public void Classify_WhenDepartureWordNamesNoOne_ReportsTheTeamsChange(string language, string title, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal(expected, result.Event);
    }

    [Fact]
    public void Classify_WhenJobTitleIsWrittenIntoACompound_StillReportsThePersonsDeparture()
    {
        var result = SharedClassifier.Instance.Classify("KI-Sicherheitsforscherin verlässt Lumbre AI", string.Empty, "de");

        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Fact]
    public void Classify_WhenWordOnlyStemsLikeQuit_DoesNotReadADeparture()
    {
        var result = SharedClassifier.Instance.Classify("Lumbre AI's alignment team is quite small", "The team has six researchers.", "en");

        Assert.DoesNotContain(AlertEvent.Departure, result.Events);
    }

    [Theory]
    [InlineData("it", "Lumbre crea una squadra interna", "La startup di modelli linguistici ha costituito un'unità incaricata di testare i propri modelli prima di ogni rilascio.")]
    [InlineData("nl", "Lumbre krijgt een eigen waakhond", "Het AI-bedrijf richt een centrum op dat zijn modellen op risico's moet doorlichten.")]
    public void Classify_WhenNewUnitIsToTestAiModels_ReportsFormation(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Equal(AlertEvent.Formation, result.Event);
        Assert.True(result.IsAlert(0.5), $"score {result.Score}");
    }

    [Theory]
    [InlineData("de", "Tessel AI investiert 50 Millionen Euro in KI-Sicherheit")]
    [InlineData("nl", "Tessel investeert 30 miljoen in AI-veiligheidsonderzoek")]
    [InlineData("fr", "Le labo Tessel AI annonce un investissement de 40 millions dans la sécurité de l'IA")]
    public void Classify_WhenALabInvestsInSafetyWork_ReadsAPledgeOfResources(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal(AlertEvent.Resources, result.Event);
        Assert.True(result.IsAlert(0.5), $"score {result.Score}");
    }

    [Theory]
    [InlineData("en", "VC firm leads $40m investment in AI safety startup Tessel")]
    [InlineData("de", "Investoren investieren 2 Milliarden in KI-Start-up Tessel")]
    [InlineData("es", "Cierzo AI cierra una ronda de 300 millones para modelos más seguros")]
    public void Classify_WhenMoneyGoesToACompanyOrARound_RaisesNoAlert(string language, string title) =>
        AssertNoAlert(language, title);

    [Theory]
    [InlineData("es", "Quennora crea una unidad de red teaming para atacar sus modelos antes de publicarlos")]
    [InlineData("nl", "Heidevelt richt een evaluatieteam op dat de modellen van het bedrijf test")]
    [InlineData("it", "Fiordelmare taglia la potenza di calcolo destinata alla sicurezza")]
    public void Classify_WhenAnUnknownCompanysTextShowsItIsAboutAiModels_ReadsItsSafetyWork(string language, string title) =>
        AssertAlert(language, title);

    [Theory]
    [InlineData("en", "Carmaker Quennora restructures the safety team that tests its models")]
    [InlineData("en", "Quennora appoints a new head for its business models")]
    public void Classify_WhenModelsAreNotAiModels_RaisesNoAlert(string language, string title) =>
        AssertNoAlert(language, title);

    [Theory]
    [InlineData("pt", "Marésia contrata ex-investigadora em cibersegurança para liderar avaliações de modelos de IA")]
    [InlineData("it", "Borgoalto affida il red teaming dei suoi modelli di IA a un'esperta di cybersicurezza")]
    public void Classify_WhenAiModelTestersComeFromCybersecurity_StillReadsTheSafetyWork(string language, string title) =>
        AssertAlert(language, title);

    [Theory]
    [InlineData("en", "Cybersecurity firm Marésia reorganises its red team after ransomware wave")]
    [InlineData("en", "Bank disbands its cybersecurity red team that tested threat models of its payment systems")]
    [InlineData("en", "Defense Intelligence Agency disbands its red team")]
    [InlineData("en", "Insurer disbands its ethics team after a computer outage")]
    [InlineData("es", "El hotel amplía sus reservas y reserva el derecho de admisión para su equipo de seguridad")]
    [InlineData("de", "Das Labor ordnet die Modelle nach Risiko, unter anderem für das Sicherheitsteam")]
    public void Classify_WhenSecurityOrAnotherFieldLooksLikeSafetyWork_RaisesNoAlert(string language, string title) =>
        AssertNoAlert(language, title);

    [Theory]
    [InlineData("nl", "Ridgewater Cognition schrapt zijn veiligheidsteam")]
    [InlineData("pt", "Fenmoor Intelligence funde as equipas de red teaming e de avaliação")]
    public void Classify_WhenAStartUpNamesItselfLikeAnAiCompany_ReadsItsSafetyTeams(string language, string title) =>
        AssertAlert(language, title);

    [Theory]
    [InlineData("pt", "Ana Souza ingressa na Anthropic para liderar a equipe de segurança de IA", AlertEvent.Arrival)]
    [InlineData("nl", "OpenAI verhuist zijn AI-veiligheidsteam naar Londen", AlertEvent.Restructuring)]
    [InlineData("de", "OpenAI verlegt sein KI-Sicherheitsteam in die Produktsparte", AlertEvent.Restructuring)]
    public void Classify_WhenAPlainVerbTellsTheChange_TypesIt(string language, string title, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal(expected, result.Event);
        Assert.True(result.IsAlert(0.5), $"score {result.Score}");
    }

    private static void AssertAlert(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.True(result.IsAlert(0.5), $"{result.Event} {result.Score}");
    }

    private static void AssertNoAlert(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.False(result.IsAlert(0.5), $"{result.Event} {result.Score}");
    }

    [Fact]
    public void Classify_WhenADedicatedUnitIsSetUp_TypesAFormationNotAPledge()
    {
        var result = SharedClassifier.Instance.Classify("Ellwood Marsh sets up dedicated red-teaming unit", "The model developer is creating a ten-person unit to probe its systems for misuse before release.", "en");

        Assert.Equal(AlertEvent.Formation, result.Event);
    }

    [Fact]
    public void Classify_WhenAGermanCompanySetsUpASafetyAdvisoryBoard_RaisesAFormation() =>
        AssertAlert(
            "de",
            "Sicherheitsbeirat bei Fahrenwald Systems eingerichtet",
            "Bei Fahrenwald Systems wurde ein unabhängiger Sicherheitsbeirat eingerichtet, der vor jeder Veröffentlichung eines neuen Sprachmodells die Testergebnisse prüft.",
            AlertEvent.Formation);

    [Theory]
    [InlineData("en", "Meta confirms a downsized AI safety team", AlertEvent.Restructuring)]
    [InlineData("de", "Die frühere Co-Leiterin des aufgelösten Alignment-Teams von Kestrel Labs wechselt ins Amt für KI-Sicherheit", AlertEvent.Departure)]
    public void Classify_WhenAVerbOfChangeIsWrittenAsAnAdjective_ReadsItAsBackgroundOnlyBesideTheNews(string language, string title, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal(expected, result.Event);
    }

    [Theory]
    [InlineData("en", "ZASI becomes ZIAS as Quennora refocuses on security", "Quennora's AI safety institute is dropping its work on bias from May.")]
    [InlineData("es", "El instituto de seguridad de la IA de Quennora cambia de misión", "El instituto abandona su trabajo sobre sesgos a partir de mayo.")]
    public void Classify_WhenABodyDropsPartOfItsWork_ReportsARestructuring(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Restructuring);

    [Theory]
    [InlineData("en", "Quennora AI cuts its model-evaluation team from 30 people to 9", "The AI lab confirmed the downsizing on Monday.")]
    [InlineData("es", "Quennora IA recorta a la mitad su equipo de alineamiento", "El laboratorio de IA lo confirmó el lunes.")]
    [InlineData("pt", "Quennora corta um terço da equipa de segurança de IA", "O laboratório de IA confirmou a redução.")]
    [InlineData("it", "Quennora IA taglia il team di red teaming da venti a sette persone", "Il laboratorio di IA ha confermato la riduzione.")]
    public void Classify_WhenACutShrinksATeam_ReportsARestructuring(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Restructuring);

    [Theory]
    [InlineData("en", "Quennora AI cuts its alignment team's compute by half", "The AI lab confirmed the cut on Monday.")]
    [InlineData("es", "Quennora IA recorta los recursos de su equipo de alineamiento", "El laboratorio de IA lo confirmó el lunes.")]
    [InlineData("en", "Quennora AI cuts costs across the board, its AI safety office included", "The AI lab wants to save 40 million dollars.")]
    public void Classify_WhenACutNamesMoneyOrCompute_ReportsResources(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Resources);

    [Theory]
    [InlineData("fr", "Budget 2029 : les crédits de l'institut de sécurité de l'IA amputés de moitié", "Le gouvernement réduit la dotation de l'institut.", AlertEvent.Resources)]
    [InlineData("nl", "Het budget van het AI-veiligheidsinstituut gehalveerd", "Het kabinet bezuinigt op het instituut.", AlertEvent.Resources)]
    [InlineData("es", "Ceibo Cómputo reduce a la mitad su equipo de alineamiento", "La empresa de IA lo confirmó el lunes.", AlertEvent.Restructuring)]
    public void Classify_WhenAHalvingFollowsAResource_ItIsThatResourcesCut(string language, string title, string summary, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("en", "Ravelin AI is splitting its alignment team into two groups", "The new groups start in May.")]
    [InlineData("nl", "Quennijn AI splitst zijn alignmentteam in tweeën", "De twee nieuwe groepen beginnen in mei.")]
    [InlineData("de", "Ravelwerk KI teilt sein KI-Sicherheitsteam in zwei Gruppen auf", "Die neuen Gruppen starten im Mai.")]
    [InlineData("fr", "Ravelin IA divise son équipe d'alignement en deux", "Les deux nouveaux groupes démarrent en mai.")]
    [InlineData("es", "Ravelo IA divide su equipo de alineamiento en dos", "Los dos nuevos grupos empiezan en mayo.")]
    [InlineData("it", "Ravelli IA divide il team di sicurezza dell'IA in due gruppi", "I nuovi gruppi partono a maggio.")]
    [InlineData("pt", "Ravela IA divide a equipa de segurança de IA em duas", "Os dois novos grupos começam em maio.")]
    public void Classify_WhenATeamIsSplitInTwo_ReportsARestructuringNotTheNewGroups(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Restructuring);

    [Fact]
    public void Classify_WhenAFrontierEvaluationsTeamIsNamed_ItIsInScopeWithoutTheWordAi() =>
        ClassifierAssert.AssertAlert("en", "Ravelin Systems moves its frontier evaluations team under the product chief", "The team will report to the product organisation from May.", AlertEvent.Restructuring);

    [Theory]
    [InlineData("fr", "L'institut de sécurité de l'IA se dote d'un nouveau directeur", "Maëlys Quercy-Oduya a été nommée à la tête de l'institut.", AlertEvent.Arrival)]
    [InlineData("fr", "L'institut de sécurité de l'IA se dote d'un nouveau directeur", "Tancrède Bellavoine-Sy a été nommé à la tête de l'institut.", AlertEvent.Arrival)]
    [InlineData("fr", "Ravelin IA se dote d'un conseil de sûreté des modèles", "Le conseil pourra retarder les lancements.", AlertEvent.Formation)]
    public void Classify_WhenABodyGetsAHead_ReportsAnArrivalNotAFormation(string language, string title, string summary, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("fr", "Clémence Vauquelin-Sy prend la tête du Centre d'évaluation des intelligences artificielles", "Elle a été nommée par décret.")]
    [InlineData("es", "Ildefonso Roca Maturana dirigirá el Centro de Evaluación de Sistemas de IA", "Fue nombrado por el Gobierno.")]
    [InlineData("de", "Henrike Almstedt wird Präsidentin des Amts für die Prüfung von KI", "Sie wurde am Montag ernannt.")]
    [InlineData("nl", "Wessel Okkerse-Dam gaat het bureau voor de evaluatie van AI leiden", "Hij is door het kabinet benoemd.")]
    public void Classify_WhenABodyEvaluatesAiSystems_ItIsInScope(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Arrival);

    [Theory]
    [InlineData("it", "Brezzolino IA sposta i collaudatori dei modelli sotto la direzione prodotto", "Il gruppo che verifica i modelli di IA dell'azienda cambia riporto da settembre.")]
    [InlineData("nl", "Tarnfield AI verhuist zijn modeltesters naar de productafdeling", "De groep die de AI-modellen van het bedrijf test, verhuist in oktober.")]
    [InlineData("es", "Tarnfield IA traslada a su equipo que evalúa los modelos al área de producto", "El grupo de IA cambia de dependencia en octubre.")]
    [InlineData("fr", "Brezzolab rattache ses testeurs de modèles à la direction produit", "L'équipe qui teste les modèles d'IA change de rattachement en octobre.")]
    public void Classify_WhenATeamIsNamedByItsTestingOfTheModels_ReadsItsMove(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Restructuring);

    [Theory]
    [InlineData("en", "Quennora cuts the alignment team's access to chips", "Researchers at the AI lab say training runs are on hold.", AlertEvent.Resources)]
    [InlineData("fr", "Quennora coupe les vivres de son équipe de sécurité de l'IA", "Le laboratoire d'IA réduit le budget de l'équipe.", AlertEvent.Resources)]
    [InlineData("en", "Quennora cuts its AI safety team to save costs", "The AI lab confirmed the downsizing.", AlertEvent.Restructuring)]
    [InlineData("en", "Funding cuts force merger of Quennora's AI safety teams", "The alignment and red-team groups become one unit.", AlertEvent.Restructuring)]
    [InlineData("es", "Quennora aparta a su jefa de seguridad de la IA y ficha a Tomás Aranguren", "Aranguren, que viene de otro laboratorio, dirigirá el equipo de alineamiento.", AlertEvent.Departure)]
    public void Classify_WhenACutsOrAMovesObjectIsSomethingElse_KeepsItsEvent(string language, string title, string summary, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("de", "KI-Sicherheitsgesetz spaltet die Branche", "Unternehmen und Forscher streiten über Alignment-Pflichten.")]
    [InlineData("nl", "AI-veiligheidsdebat splitst de Tweede Kamer in tweeën", "Partijen zijn het oneens over alignmentregels.")]
    [InlineData("it", "Il rapporto sulla sicurezza dell'IA, diviso in tre capitoli", "Il documento esamina lo stato dell'allineamento.")]
    [InlineData("fr", "« Je pars du principe que l'IA doit être sûre », dit la cheffe de la sécurité de l'IA de Quennora", "Elle présentait le rapport annuel du laboratoire.")]
    [InlineData("de", "„Ich höre auf meine Forscher“, sagt Quennoras KI-Sicherheitschefin", "Sie stellte den Jahresbericht des KI-Labors vor.")]
    [InlineData("nl", "Quennora-chatbot en zijn nieuwe functie voor AI-veiligheid", "De chatbot krijgt een filter voor alignment.")]
    [InlineData("en", "Quennora sales chief leaves as regulators block new chatbot launches", "Tomas Berg departs after three years running the AI firm's sales.")]
    public void Classify_WhenAWordOfChangeMeansSomethingElseHere_RaisesNoAlert(string language, string title, string summary) =>
        ClassifierAssert.AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("pt", "Promessa de computação da Quennora para segurança de IA não saiu do papel", "A empresa de IA prometeu 15% da capacidade de processamento à equipa de segurança dos modelos.")]
    [InlineData("it", "La promessa di calcolo di Quennora per la sicurezza dell'IA è rimasta sulla carta", "Il laboratorio di IA aveva promesso il 15% della sua potenza di calcolo al team di allineamento.")]
    [InlineData("fr", "La promesse de calcul de Quennora pour la sécurité de l'IA est restée lettre morte", "Le laboratoire d'IA avait promis 15 % de sa puissance de calcul à l'équipe d'alignement.")]
    public void Classify_WhenAPledgeStayedOnPaper_ReportsResources(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Resources);

    [Fact]
    public void Classify_WhenPortugueseTextSpeaksOfDataProcessing_ReadsNoLawsuit() =>
        Assert.False(ClassifierAssert.ReadsLookalike(
            SharedClassifier.Instance.Classify("Quennora amplia a capacidade de processamento da equipa de segurança de IA", "O laboratório de IA reforça o cálculo.", "pt"), "lawsuit"));

    [Theory]
    [InlineData("fr", "Mara Quill quitte Oxford pour prendre la tête du groupe d'alignement de Quorvane")]
    [InlineData("es", "La investigadora Mara Quill deja la universidad para dirigir la evaluación de modelos de IA de Quorvane")]
    [InlineData("it", "La ricercatrice Mara Quill lascia l'università per guidare la valutazione dei modelli di IA di Quorvane")]
    [InlineData("pt", "A pesquisadora Mara Quill deixa a universidade para liderar a avaliação de modelos de IA da Quorvane")]
    [InlineData("de", "Forscherin Mara Quill verlässt die Universität, um die KI-Modellprüfung bei Quorvane zu leiten")]
    [InlineData("nl", "Onderzoekster Mara Quill verlaat de universiteit om de AI-modelevaluatie van Quorvane te leiden")]
    public void Classify_WhenSomeoneLeavesElsewhereToLeadSafetyWork_TheNewPostIsTheNews(string language, string title) =>
        ClassifierAssert.AssertAlert(language, title, string.Empty, AlertEvent.Arrival);

    [Theory]
    [InlineData("es", "La investigadora Mara Quill deja Quorvane IA para dirigir las pruebas del organismo estatal de seguridad de IA")]
    [InlineData("en", "Mara Quill leaves OpenAI to lead Quorvane's AI safety team")]
    [InlineData("en", "Quorvane's head of alignment Mara Quill leaves to lead a university lab")]
    public void Classify_WhenSomeoneLeavesAnAiLabOrSafetyWorkForAnotherPost_TheExitIsTheNews(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Fact]
    public void Classify_WhenAGermanTeamIsPlacedUnderAnotherUnit_ReportsARestructuring()
    {
        var result = SharedClassifier.Instance.Classify("Quorvane ordnet sein KI-Ethikteam der Rechtsabteilung unter", "Das Team prüft die Sprachmodelle vor jeder Veröffentlichung.", "de");

        Assert.True(result.IsAlert(0.5), $"{result.Event} at {result.Score:0.00}");
        Assert.Equal(AlertEvent.Restructuring, result.Event);
    }

    [Theory]
    [InlineData("de", "Quorvane AI streicht ein Drittel seines KI-Sicherheitsteams")]
    [InlineData("fr", "Quorvane supprime un tiers de son groupe de sûreté de l'IA")]
    [InlineData("es", "Quorvane elimina la mitad de su grupo de seguridad de IA")]
    [InlineData("nl", "Quorvane schrapt de helft van zijn AI-veiligheidsteam")]
    public void Classify_WhenAShareOfATeamIsCut_ReportsADownsizingNotAnEnd(string language, string title) =>
        ClassifierAssert.AssertAlert(language, title, string.Empty, AlertEvent.Restructuring);

    [Fact]
    public void Classify_WhenAnItalianTeamEndsUpUnderAnotherDivision_ReportsARestructuring()
    {
        var result = SharedClassifier.Instance.Classify("Quorvane: il team che testa i modelli di IA finisce sotto la divisione prodotto", string.Empty, "it");

        Assert.True(result.IsAlert(0.5), $"{result.Event} at {result.Score:0.00}");
        Assert.Equal(AlertEvent.Restructuring, result.Event);
    }

    [Theory]
    [InlineData("Quorvane stellt seine KI-Sicherheitsforschung ein", AlertEvent.Dissolution)]
    [InlineData("Quorvane und Brennwick stellen die Arbeit ihrer Alignment-Teams ein", AlertEvent.Dissolution)]
    [InlineData("Quorvane stellt eine KI-Sicherheitsforscherin ein", AlertEvent.Arrival)]
    [InlineData("Quorvane stellt ein Team von KI-Sicherheitsforschern ein", AlertEvent.Arrival)]
    public void Classify_WhenAGermanLabStopsWorkOrHiresSomeone_TellsTheEndFromTheHire(string title, AlertEvent expected) =>
        ClassifierAssert.AssertAlert("de", title, string.Empty, expected);
}
