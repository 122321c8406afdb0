using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>Stories that share words with AI-safety changes but are not about them raise no alert.</summary>
public class ClassifierLookalikeTests
{
    [Theory]
    [InlineData("en", "Airline's head of flight safety resigns after engine failure", "The carrier is under investigation by the aviation regulator.")]
    [InlineData("fr", "Le directeur de la sécurité aérienne de la compagnie démissionne", "Il quitte son poste après un incident sur un avion.")]
    [InlineData("de", "Sicherheitschef des Autobauers tritt zurück", "Der Rückruf betrifft Fahrzeuge mit defekten Bremsen.")]
    [InlineData("es", "Dimite el responsable de seguridad alimentaria tras el brote de listeria", "Sanidad retira varios lotes de queso.")]
    [InlineData("it", "Sicurezza nucleare, si dimette il direttore dell'ispettorato", "Il governo nominerà un successore.")]
    [InlineData("pt", "Diretor de segurança no trabalho deixa a empresa de construção", "Os acidentes de trabalho aumentaram no último ano.")]
    [InlineData("nl", "Directeur voedselveiligheid stapt op na listeria-uitbraak", "De NVWA onderzoekt de fabriek.")]
    public void Classify_WhenSafetyChiefInAnotherFieldLeaves_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Head coach leaves the club at the end of the season", "The manager led the team to two league titles.")]
    [InlineData("fr", "L'entraîneur quitte le club à la fin de la saison", "Il avait mené l'équipe au titre.")]
    [InlineData("de", "Trainer verlässt den Verein zum Saisonende", "Die Mannschaft sucht einen Nachfolger.")]
    [InlineData("es", "El entrenador deja el club tras la temporada", "La directiva busca sustituto.")]
    [InlineData("nl", "Trainer vertrekt na dit seizoen bij de club", "De club zoekt een opvolger.")]
    public void Classify_WhenSportsCoachLeaves_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Social network's trust and safety chief steps down", "She oversaw content moderation and policy enforcement.")]
    [InlineData("de", "Plattform streicht ihr Trust-and-Safety-Team", "Moderatoren werden durch automatische Moderation ersetzt.")]
    [InlineData("it", "Il social network licenzia il team di moderazione dei contenuti", "I moderatori saranno sostituiti da sistemi automatici.")]
    public void Classify_WhenContentModerationTeamChanges_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Halvard denies it will disband its AI safety team", "A spokesperson called the report about the alignment group false.")]
    [InlineData("fr", "Brévial dément vouloir fermer son équipe de sûreté de l'IA", "L'entreprise qualifie de fausse l'information sur son équipe d'alignement.")]
    [InlineData("de", "Kornhafen dementiert Auflösung seines KI-Sicherheitsteams", "Das Unternehmen nennt den Bericht über die Auflösung falsch.")]
    [InlineData("es", "Ternavia niega que vaya a cerrar su equipo de seguridad de la IA", "La empresa dice que el equipo de alineación sigue intacto.")]
    [InlineData("it", "Selvarra smentisce la chiusura del team di sicurezza dell'IA", "L'azienda definisce falsa la notizia sul gruppo di allineamento.")]
    [InlineData("pt", "Tucanara nega que vá fechar a equipe de segurança de IA", "A empresa diz que a equipe de alinhamento continua.")]
    [InlineData("nl", "Duinveld ontkent berichten over opheffing van zijn AI-veiligheidsteam", "Het bedrijf noemt het bericht over het alignmentteam onjuist.")]
    public void Classify_WhenAReportedChangeIsDenied_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "The end of Halvard's AI safety team? The lab denies it", "A spokesperson said the alignment group would stay as it is.")]
    [InlineData("es", "¿Cierra el equipo de seguridad de la IA de Ternavia? La empresa lo niega", "Una portavoz afirma que el grupo de alineación seguirá igual.")]
    [InlineData("de", "Kornhafen weist Gerüchte über Auflösung des KI-Sicherheitsteams zurück", "Die Gruppe für Alignment bleibe, sagte eine Sprecherin.")]
    public void Classify_WhenTheHeadlineAsksAboutAChangeOrHoldsItInsideItsDenial_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Halvard's safety chief: 'I am staying'", "Mira Olsen, who leads alignment research at Halvard, has denied reports that she is about to leave the company for a rival lab.")]
    [InlineData("de", "Kornhafen: Sicherheitschefin bleibt", "Jana Oltmann, Leiterin der Modellsicherheit, weist Berichte über einen bevorstehenden Wechsel zu einem großen US-Konzern zurück.")]
    [InlineData("fr", "Brévial : la cheffe de la sûreté reste", "Claire Morand, responsable de l'équipe d'alignement, dément les rumeurs selon lesquelles elle quitterait l'entreprise pour un concurrent.")]
    public void Classify_WhenTheLedeDeniesReportsOfTheChange_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Halvard lays off 120 in sales and support", "The AI lab is cutting about 12% of its workforce; its alignment and evaluations teams are not affected.")]
    [InlineData("de", "Sicherheitschef für autonomes Fahren verlässt Zulieferer", "Der für die Sicherheit der KI-gestützten Fahrassistenzsysteme zuständige Manager geht nach sieben Jahren.")]
    [InlineData("it", "Selvarra chiude un trimestre da record", "Il laboratorio di IA raddoppia i ricavi e guarda alla sicurezza dei suoi modelli.")]
    [InlineData("es", "Ternavia lanza un modelo con salvaguardas reforzadas", "La startup publica también una ficha técnica de seguridad del modelo.")]
    public void Classify_CompanyNewsThatOnlyLooksLikeAChangeToSafetyWork_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Quenby denies reports of a sale as its head of AI safety quits", "")]
    [InlineData("fr", "Quenby dément les rumeurs de rachat alors que sa responsable de la sécurité de l'IA démissionne", "")]
    [InlineData("en", "Ada Wielgosz leaves Quenby's AI safety team", "Quenby denied reports that she was fired.")]
    public void Classify_WhenADenialOfReportsIsOfSomethingElse_StillReportsTheChange(string language, string title, string summary) =>
        AssertAlert(language, title, summary);

    [Theory]
    [InlineData("en", "The former alignment chief who now breeds horses", "She led the AI safety team at Halvard until 2023, when she resigned; the team was later dissolved.")]
    [InlineData("fr", "De l'alignement à la poterie : l'ancienne chercheuse d'OpenAI se confie", "Elle a quitté l'équipe de sûreté de l'IA en 2024.")]
    [InlineData("de", "Ehemaliger KI-Sicherheitschef von Halvard ist heute Bergführer", "Er verließ das Alignment-Team 2023, das kurz darauf aufgelöst wurde.")]
    [InlineData("es", "La nueva vida del exjefe de seguridad de la IA de Ternavia", "Dimitió en 2024 y el equipo de alineación fue disuelto meses después.")]
    [InlineData("pt", "Ex-líder de segurança de IA agora ensina música em Coimbra", "Ela deixou a equipe de alinhamento da Tucanara em 2023.")]
    public void Classify_AProfileOfAFormerSafetyLeadInAnotherTrade_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Former Halvard safety lead now heads Ternavia's alignment team", "She starts on Monday.")]
    [InlineData("de", "Vom Amt ins Labor", "Die Prüferin Jana Oltmann wird ab Mai Leiterin des KI-Sicherheitsteams von Kornhafen.")]
    [InlineData("it", "Da Torino a Londra, per guidare la sicurezza dell'IA", "La startup Selvarra ha nominato Marta Guidi a capo del suo team di allineamento.")]
    public void Classify_AJourneyOrAFormerRoleOverNews_StillAlerts(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Arrival, result.Event);
    }

    [Theory]
    [InlineData("en", "Halvard's AI safety chair denies political pressure", "Mira Olsen will step down as chair of Halvard's AI safety board, the lab announced on Monday.")]
    [InlineData("en", "Why did Halvard's safety chief quit? The lab denies any rift", "The head of the alignment team resigned on Friday.")]
    [InlineData("de", "Kornhafen dementiert Streit", "Die Leiterin des Alignment-Teams verlässt Kornhafen zum Monatsende, bestätigte das Unternehmen.")]
    public void Classify_WhenTheHeadlineDeniesSomethingElse_StillReportsTheChange(string language, string title, string summary) =>
        AssertAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Former Halvard safety researcher now at Ternavia", "The researcher, who co-led Halvard's alignment team, joined Ternavia this week.")]
    [InlineData("pt", "Da Halvard para a Anthropic: ex-chefe de segurança agora na rival", "O antigo líder da equipe de alinhamento juntou-se à Anthropic.")]
    [InlineData("en", "OpenAI's former superalignment team now part of core research", "OpenAI has folded what remained of its superalignment team into its core research group.")]
    [InlineData("en", "UK's former AI Safety Institute now the AI Security Institute", "The government renamed the institute and narrowed its remit.")]
    [InlineData("en", "Ex-Halvard safety researchers now have their own lab", "Three former members of Halvard's AI safety team have founded a new alignment research lab.")]
    [InlineData("en", "New life for the AI Safety Institute as it becomes the AI Security Institute", "The government renamed its institute on Friday.")]
    public void Classify_AFormerRoleOrAJourneyThatEndsInAIWork_IsNews(string language, string title, string summary) =>
        AssertAlert(language, title, summary);

    [Theory]
    [InlineData("es", "Ternavia: el equipo de alineamiento que nadie recuerda", "Lucía Barandica dirigió el equipo de seguridad de la IA hasta 2022; hoy enseña historia.", AlertEvent.Arrival)]
    [InlineData("it", "Selvarra, dieci anni dopo", "Marta Neri guidava il team di allineamento dell'azienda; oggi scrive romanzi.", AlertEvent.Arrival)]
    public void Classify_ARoleLedInThePast_IsNoArrival(string language, string title, string summary, AlertEvent notThis)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5) && result.Event == notThis, $"{result.Event} {result.Score:0.00}");
    }

    [Theory]
    [InlineData("en", "Is Halvard closing its AI safety team? The lab confirms it", "The alignment group will be dissolved next month.")]
    [InlineData("de", "Kornhafen weist Kritik an der Auflösung seines KI-Sicherheitsteams zurück", "Das Alignment-Team wurde am Montag aufgelöst; die Firma nennt die Entscheidung richtig.")]
    [InlineData("de", "Leiterin des KI-Sicherheitsteams von Kornhafen weist auf Risiken hin und tritt zurück", "Die Alignment-Forscherin verlässt das Unternehmen.")]
    public void Classify_AChangeNotDenied_StillAlerts(string language, string title, string summary) =>
        AssertAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Halvard drops plans to create an AI ethics board", "The lab said an outside panel would slow its model releases.")]
    [InlineData("pt", "Tucanara desiste de criar comitê de ética de IA", "A startup disse que o comitê atrasaria os lançamentos dos modelos.")]
    [InlineData("nl", "Duinveld ziet af van een AI-ethiekraad", "Het bedrijf zegt dat een externe raad de lanceringen van modellen zou vertragen.")]
    public void Classify_WhenAPlannedChangeIsCalledOff_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Fact]
    public void Classify_WhenABudgetLawCutsASafetyInstitute_ReportsResources()
    {
        var result = SharedClassifier.Instance.Classify("La loi de finances ampute le budget de l'institut de sécurité de l'IA", "Les crédits de l'institut chargé de tester les modèles baissent d'un quart.", "fr");

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Resources, result.Event);
    }

    [Theory]
    [InlineData("en", "Halvard denies safety concerns behind its alignment lead's exit", "Inès Marchetti resigned on Friday.")]
    [InlineData("en", "Halvard's alignment lead resigns", "The lab denied that safety concerns played a role in Inès Marchetti's resignation.")]
    [InlineData("es", "Dimite la jefa de alineación de Ternavia", "La empresa niega que la seguridad de la IA tuviera que ver con la salida de Lucía Barandica.")]
    [InlineData("en", "Turmoil in Halvard's AI safety team", "Its alignment lead Inès Marchetti denied reports of a rift with the board and resigned on Friday.")]
    public void Classify_WhenOnlyAReasonIsDenied_StillReportsTheChange(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("en", "Job opening: Halvard is hiring a head of AI safety", "Apply now to lead the team that tests frontier models.")]
    [InlineData("fr", "Brévial recrute un responsable de la sûreté de l'IA (CDI)", "Offre d'emploi : rejoignez l'équipe d'alignement des modèles.")]
    [InlineData("en", "Tamsford Labs is hiring: Staff Research Engineer, Model Evaluations (remote)", "Tamsford seeks an engineer to join its evaluations team, testing frontier models for dangerous capabilities.")]
    public void Classify_WhenAJobIsAdvertised_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Carmaker forms AI safety team for its driver assistance systems", "Engineers will validate lane keeping and emergency braking.")]
    [InlineData("de", "Zulieferer baut Team für KI-Sicherheit in Fahrerassistenzsystemen auf", "Die Ingenieure prüfen Spurhalte- und Notbremsfunktionen.")]
    [InlineData("es", "Una marca lanza gafas con IA y nuevas funciones de seguridad", "El dispositivo avisa de obstáculos al caminar.")]
    [InlineData("de", "Tamsford gründet ein Sicherheitszentrum für fahrerlose Busse", "Dort prüfen Ingenieure, ob neuronale Netze Fußgänger zuverlässig erkennen.")]
    public void Classify_WhenSafetyIsACarsOrAProductsFeature_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Planets align in rare evening display", "Five planets will be visible after sunset.")]
    [InlineData("en", "Why your car needs a wheel alignment every year", "Mechanics explain the signs of misaligned wheels.")]
    [InlineData("es", "La alineación probable del equipo para el derbi", "El entrenador recupera a dos titulares.")]
    public void Classify_WhenAlignmentMeansSomethingElse_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Anthropic unveils a new model with improved reasoning", "The model rolls out to paying users today.")]
    [InlineData("en", "AI safety start-up raises $200 million in funding round", "The round values the company at $1.5 billion.")]
    [InlineData("fr", "La loi européenne sur l'IA entre en vigueur", "Les premières interdictions s'appliquent dès aujourd'hui.")]
    [InlineData("de", "KI-Start-up sammelt 100 Millionen Euro ein", "Die Finanzierungsrunde führen US-Investoren an.")]
    [InlineData("en", "Authors sue AI lab over training data", "The lawsuit was filed in federal court.")]
    [InlineData("pt", "Cimeira sobre IA termina com declaração conjunta", "Os países comprometem-se com uma IA segura.")]
    public void Classify_WhenAiNewsChangesNoSafetyTeam_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "OpenAI's head of sales leaves for a start-up", "The executive ran enterprise deals for two years.")]
    [InlineData("it", "Il direttore finanziario di Anthropic lascia l'azienda", "Passa a una società di software.")]
    public void Classify_WhenAiExecutiveOutsideSafetyLeaves_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Opinion: the superalignment team's dissolution still matters", "A year after the team was disbanded, labs have not learned the lesson.")]
    [InlineData("de", "Kommentar: Die Auflösung des Sicherheitsteams war ein Fehler", "Ein Jahr nach dem Abgang der Forscher fehlt es an Kontrolle.")]
    public void Classify_WhenOpinionRecallsOldChange_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("fr", "La responsable de l'alignement de Vernaison a présenté sa démission", "Elle reproche au laboratoire d'avoir sacrifié les évaluations de sécurité des modèles.")]
    [InlineData("es", "El jefe de alineación de Montegral presenta su dimisión", "Acusa a la empresa de recortar las evaluaciones de seguridad de sus modelos de IA.")]
    [InlineData("it", "Il responsabile della sicurezza dell'IA di Valdorso presenta le dimissioni", "Accusa l'azienda di aver tagliato i test sui modelli.")]
    public void Classify_WhenALaunchWordIsPartOfAResignation_ReturnsTheDeparture(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("en", "Former airline regulator joins Brennock AI's model safety committee", "She will help decide which models the start-up releases.")]
    [InlineData("fr", "Un ancien pilote de ligne rejoint le comité de sûreté de l'IA de Brennock", "Il validera les modèles avant leur mise sur le marché.")]
    [InlineData("en", "Tessaline AI hires former regulator to lead its model-evaluation team", "")]
    public void Classify_WhenAFieldOnlyTellsSomeonesPast_DoesNotMakeItALookalike(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Arrival);

    [Theory]
    [InlineData("en", "Former AI safety chief's unfair dismissal claim against Velmont reaches tribunal", "The hearing on her exit from the alignment team was adjourned to June.")]
    [InlineData("es", "El despido improcedente de la exjefa de seguridad de la IA de Velmont llega al juzgado", "La vista sobre su salida del equipo de alineamiento se aplaza a junio.")]
    public void Classify_WhenACourtHearsAPastDismissal_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("es", "Mesa redonda en Sevilla: expertos piden más recursos para la seguridad de la IA", "Investigadores y empresas coincidieron en que los equipos que evalúan modelos necesitan más presupuesto.")]
    [InlineData("pt", "Painel sobre segurança da IA lota auditório em Lisboa", "Palestrantes de três laboratórios defendem mais recursos para testar modelos antes do lançamento.")]
    [InlineData("nl", "Kestrow AI: er is geen sprake van het opheffen van het veiligheidsteam", "Het bedrijf reageert op berichten over een reorganisatie.")]
    public void Classify_WhenAPanelCallsForMoreOrAHeadlineRulesAChangeOut_ReturnsNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("it", "«Metteremo alla prova ogni sistema prima del rilascio»", "Con queste parole la fisica Carla Vitale ha presentato la nuova unità di valutazione dei modelli di IA creata da Gressoney Labs.")]
    [InlineData("en", "'We will test every system before it ships'", "With those words Tomas Rink unveiled a new unit at Harlowe to evaluate its AI models for dangerous capabilities.")]
    public void Classify_WhenALaunchWordPresentsANewUnit_ReturnsTheFormation(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Formation);

    [Theory]
    [InlineData("en", "Glenmoor's head of preparedness resigns", "She led the team that studies extreme risks from the company's models before they ship.")]
    [InlineData("fr", "Une administratrice de Brocéliande quitte le conseil", "Elle siégeait au comité de sûreté et reproche au groupe de ne plus évaluer ses modèles avant leur lancement.")]
    public void Classify_WhenModelWorkIsTold_TakesTheModelsForAiModels(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("en", "Brandwell's alignment lead quits", "Tomasz Reyes, who ran the alignment team for three years, leaves at the end of the month.")]
    [InlineData("de", "Leiterin des Alignment-Teams verlässt Sorrelfeld", "Hanne Ostrowski geht nach drei Jahren; das Team bleibt vorerst ohne Leitung.")]
    public void Classify_WhenWorkOnlyAiLabsNameIsTold_AlertsThoughTheTextNeverSaysAi(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("en", "Chemical plant's safety chief resigns after leak", "Maria Lopes, who led the site's safety team for six years, stepped down on Tuesday after regulators found lapses in safety checks.")]
    [InlineData("en", "Cybersecurity firm's red team head quits", "John Miles, who led the company's red team of penetration testers, has left to found a startup.")]
    [InlineData("en", "Bank dissolves its ethics committee", "The lender said the committee's work on ethics and conduct would move to its compliance department.")]
    [InlineData("en", "County cuts emergency preparedness team", "The county's preparedness team will lose four staff; the preparedness office stays open.")]
    [InlineData("de", "Bank löst Red Team auf", "Die Angriffstests der Bank übernimmt künftig ein externer Dienstleister.")]
    [InlineData("de", "Hersteller löst Sicherheitsteam auf", "Das Team hatte alle Modelle der Firma auf Mängel geprüft.")]
    [InlineData("it", "Harlowe presenta la nuova unità di calcolo", "Il chip, testato dal team di sicurezza, arriva a marzo.")]
    public void Classify_WhenEveryIndustrysSafetyOrEthicsWorkIsTold_NeedsAiSaid(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("pt", "Jacamar Sistemas contrata Rita Okoye para chefiar avaliações", "A empresa contratou Rita Okoye para chefiar o grupo que testa as capacidades perigosas dos seus modelos de IA antes de cada lançamento.", AlertEvent.Arrival)]
    [InlineData("en", "Corbridge Labs creates board with power to delay model launches", "The five outside experts can hold back any model release they judge insufficiently tested.", AlertEvent.Formation)]
    public void Classify_WhenALaunchIsWhatSafetyWorkTestsOrHoldsBack_DoesNotReadALaunch(string language, string title, string summary, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(expected, result.Event);
        Assert.DoesNotContain(result.Evidence, e => e.Reason.StartsWith("look-alike: launch", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenAFormationHeadlineIsRetoldInLaunchWords_ReturnsTheFormation() =>
        AssertAlert("fr", "Castelvieil se dote d'un comité de sûreté de l'IA indépendant", "L'éditeur de modèles de langage installe six experts extérieurs. Leurs noms seront dévoilés en juin.", AlertEvent.Formation);

    private static void AssertAlert(string language, string title, string summary, AlertEvent? expected = null)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        if (expected is { } alertEvent)
            Assert.Equal(alertEvent, result.Event);
    }

    private static void AssertNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
    }

    [Theory]
    [InlineData("Quorvane KI baut 300 Arbeitsplätze ab", "Am stärksten betroffen ist der Vertrieb; das Team für KI-Sicherheit bleibt bestehen.")]
    [InlineData("Bei Quorvane KI fallen 300 Arbeitsplätze weg", "Am stärksten betroffen ist der Vertrieb; das Team für KI-Sicherheit bleibt bestehen.")]
    public void Classify_WhenGermanJobsAreCut_ReadsAWorkforceCutNotASafetyChange(string title, string summary) =>
        AssertNoAlert("de", title, summary);

    [Fact]
    public void Classify_WhenJobCutsAccountForTheEventWord_DoesNotReportADissolution()
    {
        var result = SharedClassifier.Instance.Classify(
            "Lumbre réduit la voilure",
            "La start-up d'IA générative supprime 45 postes dans la vente pour préserver sa trésorerie ; son équipe de sécurité de l'IA n'est pas touchée.",
            "fr");

        Assert.DoesNotContain(AlertEvent.Dissolution, result.Events);
    }

    [Theory]
    [InlineData("pt", "Hospital de Lumbre reforça segurança do paciente", "O hospital nomeou uma nova diretora de qualidade, que vai usar inteligência artificial para prever riscos.")]
    [InlineData("es", "El hospital de Lumbre refuerza la seguridad del paciente", "El hospital nombra una directora de calidad que usará inteligencia artificial para anticipar riesgos.")]
    public void Classify_WhenSafetyIsThePatients_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score}");
    }

    [Fact]
    public void Classify_WhenNucleusIsAUnitsName_DoesNotReadNuclearPower()
    {
        var result = SharedClassifier.Instance.Classify("Governo cria núcleo para testar modelos de IA", "O núcleo vai avaliar os riscos dos modelos de inteligência artificial.", "pt");

        Assert.DoesNotContain(result.Evidence, e => e.Reason.Contains("nuclear", StringComparison.Ordinal));
        Assert.True(result.IsAlert(0.5), $"score {result.Score}");
    }

    [Theory]
    [InlineData("en", "Orvane Pharma renews its research ethics committee", "The committee reviews the drugmaker's clinical trials and adds an AI expert.")]
    [InlineData("es", "Grupo Orvane cierra el mejor trimestre de su historia", "La empresa de IA supera las previsiones de ventas.")]
    [InlineData("pt", "Orvane Labs lança o Astrolábio 2, seu modelo mais avançado", "A empresa de IA promete mais segurança.")]
    public void Classify_WhenResearchEthicsAQuarterOrAModelLaunchIsTheNews_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Fact]
    public void Classify_WhenABodyIsSetUpToTestLanguageModels_ItStaysAFormation()
    {
        var result = SharedClassifier.Instance.Classify("Deutschland bekommt ein eigenes KI-Sicherheitsinstitut", "Das Digitalministerium richtet eine Stelle ein, die große Sprachmodelle vor der Markteinführung auf Risiken testet.", "de");

        Assert.Equal(AlertEvent.Formation, result.Event);
    }

    [Theory]
    [InlineData("it", "Nasce l'Istituto nazionale per la robustezza dei modelli di IA", "Il governo ha approvato il decreto che istituisce l'Istituto nazionale per la robustezza dei modelli di IA, incaricato di testare i modelli più avanzati.")]
    [InlineData("pt", "Governo cria centro nacional para testar modelos de IA", "O decreto que cria o Centro Nacional de Testes de Modelos, ligado à administração pública, prevê sessenta especialistas para testar os modelos de IA mais avançados.")]
    public void Classify_WhenADecreeCreatesABody_ReadsAFormationNotLawNews(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(ClassifierAssert.ReadsLookalike(result, "law"));
        Assert.False(ClassifierAssert.ReadsLookalike(result, "research"));
        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
        Assert.Equal(AlertEvent.Formation, result.Event);
    }

    [Theory]
    [InlineData("Leggi anche: le cause sull'IA in Europa", "law")]
    [InlineData("Un portavoce si è limitato a commentare la decisione", "opinion")]
    public void Classify_WhenItalianReadingOrCommentingIsOnlyAVerb_ReadsNoLawAndNoOpinion(string summary, string label)
    {
        var result = SharedClassifier.Instance.Classify("Quorvane presenta i conti del trimestre", summary, "it");

        Assert.False(ClassifierAssert.ReadsLookalike(result, label));
    }

    [Theory]
    [InlineData("en", "Quorvane AI launches Vigil Studio to let customers red-team their chatbots")]
    [InlineData("en", "AI safety start-up Quorvane closes Series A")]
    [InlineData("en", "AI safety lab Quorvane closes $12m seed round")]
    [InlineData("en", "Editorial: Quorvane's AI safety team deserves better")]
    [InlineData("de", "Leitartikel: Was das KI-Sicherheitsteam von Quorvane braucht")]
    [InlineData("it", "Gli esperti sciolgono i dubbi sulla sicurezza dell'IA di Quorvane")]
    [InlineData("fr", "Les mesures de Quorvane dissolvent les craintes sur la sécurité de l'IA")]
    public void Classify_WhenARoundAnEditorialOrAnIdiomOnlyLooksLikeAChange_RaisesNoAlert(string language, string title) =>
        AssertNoAlert(language, title, string.Empty);

    [Fact]
    public void Classify_WhenASeriesRoundCloses_ReadsFundingNotAClosure()
    {
        var result = SharedClassifier.Instance.Classify("Quorvane closes $180m Series C for its coding tools", "The round values the AI safety start-up at $2bn.", "en");

        Assert.DoesNotContain(AlertEvent.Dissolution, result.Events);
        Assert.False(result.IsAlert(0.5), $"{result.Event} at {result.Score:0.00}");
    }

    [Fact]
    public void Classify_WhenItalianDataIsLicensed_ReadsNoOneFired()
    {
        var result = SharedClassifier.Instance.Classify("Quorvane: dati concessi in licenza per il suo modello di sicurezza dell'IA", "L'azienda respinge le accuse.", "it");

        Assert.DoesNotContain(AlertEvent.Departure, result.Events);
    }

    [Fact]
    public void Classify_WhenPortuguesePublishesAStudy_StillReadsResearch()
    {
        var result = SharedClassifier.Instance.Classify("Laboratório publica um guia sobre segurança de modelos de IA", "Os autores propõem novos testes.", "pt");

        Assert.Contains(result.Evidence, e => e.Reason.StartsWith("look-alike: research", StringComparison.Ordinal) && e.Text.StartsWith("publica", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenDutchSaysToKnow_ReadsNoLaw()
    {
        var result = SharedClassifier.Instance.Classify("Het kabinet richt een Instituut voor Modelveiligheid op", "‘We willen vooraf weten wat een model kan’, zei de nieuwe directeur.", "nl");

        Assert.DoesNotContain(result.Evidence, e => e.Reason.StartsWith("look-alike: law", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenABillWouldCreateABody_StaysLawNews()
    {
        var result = SharedClassifier.Instance.Classify("Diputados presentan una ley que crea una agencia de seguridad de la IA", string.Empty, "es");

        Assert.Contains(result.Evidence, e => e.Reason.StartsWith("look-alike: law", StringComparison.Ordinal));
        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Theory]
    [InlineData("pt", "Banco Serrado reforça equipa de segurança contra a fraude", "O banco contratou vinte especialistas que vão usar modelos de IA para detetar burlas.")]
    [InlineData("nl", "Spaarbank Duinrand versterkt veiligheidsteam tegen fraude", "Het team gaat AI-modellen gebruiken om oplichting te herkennen.")]
    public void Classify_WhenABanksTeamFightsFraud_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Fact]
    public void Classify_WhenALabsTeamFightsFraudThroughItsModels_StillAlerts()
    {
        var result = SharedClassifier.Instance.Classify("OpenAI forms safety team to fight fraud and misuse of its models", string.Empty, "en");

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
        Assert.Equal(AlertEvent.Formation, result.Event);
    }

    [Theory]
    [InlineData("pt", "Responsável pela equipa de alinhamento da Tordeira deixa a empresa", "A empresa não indicou sucessor para o cargo.")]
    [InlineData("es", "La jefa de alineamiento de Tordeira deja la empresa", "La compañía no indicó quién la sustituirá.")]
    public void Classify_WhenIndicatedStemsLikeAnIndex_ReadsNoRanking(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(result.Evidence, e => e.Reason.StartsWith("look-alike: ranking", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenLargeScaleStemsLikeASportsLineUp_ReadsNoSport()
    {
        var result = SharedClassifier.Instance.Classify(
            "Agência que avalia sistemas de IA perde 30% da verba",
            "Criada para testar modelos de IA em grande escala, a agência terá menos avaliadores.",
            "pt");

        Assert.DoesNotContain(result.Evidence, e => e.Reason.StartsWith("look-alike: sport", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("it", "Dodici mesi di sicurezza dell'IA", "Commento. Dalle dimissioni della responsabile dell'allineamento di Brezzolino alla chiusura del suo red team, l'anno ha mostrato quanto sia fragile chi controlla i modelli.")]
    [InlineData("en", "Twelve months of AI safety", "Opinion | From the resignation of Brezzolino's alignment chief to the closure of its red team, the year showed how fragile model oversight is.")]
    public void Classify_WhenTheLedeOpensWithAnOpinionRubric_ReadsThePieceAsOpinion(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Fact]
    public void Classify_WhenAnOpinionWordIsInsideTheLede_ItStaysWeak() =>
        AssertAlert("it", "Brezzolino chiude il suo red team", "La società di intelligenza artificiale ha chiuso il red team che testava i suoi modelli; un commento della direzione è atteso domani.", AlertEvent.Dissolution);

    [Theory]
    [InlineData("en", "Tarnfield is considering an outside AI ethics board, but no decision yet", "The AI company's chief executive said it could create the board next year.")]
    [InlineData("de", "Land erwägt eigene Behörde für KI-Sicherheit", "Die Regierung prüft die Gründung einer Stelle für KI-Sicherheit; eine Entscheidung ist noch nicht gefallen.")]
    [InlineData("pt", "Governo estuda criar gabinete de segurança da IA", "Não há decisão, disse o ministro.")]
    public void Classify_WhenAChangeIsOnlyConsidered_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Scarrowby AI lays off 12% of staff; alignment team spared", "The cuts fall on sales and support.")]
    [InlineData("it", "Brezzolino taglia il 10% del personale, salvo il team di sicurezza dell'IA", "I tagli riguardano vendite e assistenza.")]
    public void Classify_WhenTheSafetyTeamIsSparedACompanysCuts_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("es", "Ola Brenn deja Tarnfield", "La jefa del equipo de alineamiento de la empresa de IA se va; dice que el equipo está a salvo.", AlertEvent.Departure)]
    [InlineData("it", "Brezzolino, via la responsabile dell'allineamento", "La società di IA perde la sua responsabile; il gruppo resta operativo, salvo il budget per il calcolo.", AlertEvent.Departure)]
    [InlineData("pt", "Tarnfield fecha equipa de alinhamento", "A empresa de IA fechou a equipa; nenhum dos 12 investigadores foi poupado.", AlertEvent.Dissolution)]
    [InlineData("es", "Tarnfield IA pierde a su jefa de alineamiento", "Ola Brenn se marcha; no hay decisión sobre su relevo.", AlertEvent.Departure)]
    public void Classify_WhenWordsOfSparingOrDecidingMeanSomethingElse_StillReadsTheChange(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("nl", "Tarnfield schuift beslissing over AI-veiligheidsteam door naar volgend jaar", "Het bedrijf wil eerst de resultaten afwachten.")]
    [InlineData("es", "Tarnfield amplía el mandato de su jefa de seguridad de IA hasta 2028", "La directiva seguirá dos años más.")]
    [InlineData("en", "Tarnfield AI hires a new head of sales", "The AI company will let schools test the company's chatbot for free.")]
    [InlineData("en", "Tarnfield AI's marketing chief leaves after critics attacked its chatbot", "The company said she had planned to go.")]
    [InlineData("en", "Kettle maker Zelto's red team lead resigns", "Ola Brenn left in March. Sales of the new model fell in May.")]
    [InlineData("en", "Tarnfield AI creates an AI safety board", "Job posting: the company seeks a board secretary. Apply now; salary range on request.")]
    public void Classify_WhenAPostponementATermOrAnotherTradeLooksLikeSafetyNews_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("fr", "Brezzolab Labs confie sa politique publique à Ysaline Marrec-Obi", "Elle prendra la tête de l'équipe Politique publique de Brezzolab Labs, chargée des relations avec les régulateurs.")]
    [InlineData("es", "Tarnfield IA nombra a Ola Brenn jefa de su equipo de política de IA", "El equipo lleva la relación de la empresa con los reguladores europeos.")]
    [InlineData("it", "Brezzolino IA nomina Ola Brenn alla guida del team di policy sull'IA", "Il team cura i rapporti con i regolatori di Bruxelles.")]
    public void Classify_WhenAPolicyTeamDealsWithRegulators_ItIsNoLawStory(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Arrival);

    [Theory]
    [InlineData("en", "Tarnfield AI lays off 12% of staff; safety teams untouched", "The cuts fall on sales and support.")]
    [InlineData("nl", "Tarnfield Labs schrapt 40 banen, veiligheidsteams blijven buiten schot", "Het AI-bedrijf bezuinigt op marketing.")]
    [InlineData("it", "Brezzolino IA taglia 50 posti, team risparmiati", "I tagli colpiscono vendite e marketing; il gruppo di allineamento resta.")]
    public void Classify_WhenCutsSpareTheSafetyTeams_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("fr", "Brezzolab envisage une réorganisation de son pôle sûreté de l'IA", "Plusieurs scénarios sont sur la table, selon la direction.")]
    [InlineData("it", "Brezzolino IA valuta una riorganizzazione del gruppo di etica dell'IA", "L'amministratore delegato ha detto che nulla è deciso.")]
    [InlineData("en", "Tarnfield AI mulls folding its alignment team into research", "Executives are weighing options, two people said.")]
    [InlineData("en", "Board weighs whether to dissolve Tarnfield AI's ethics team after its chief's resignation last year", "No decision has been made.")]
    public void Classify_WhenAReorganisationIsOnlyWeighed_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Jobs: Research Scientist, Alignment — Tarnfield Labs (remote)", "Tarnfield Labs is hiring a research scientist for its alignment team.")]
    [InlineData("nl", "Vacature | Onderzoeker AI-veiligheid bij Tarnfield Labs", "Tarnfield Labs zoekt een onderzoeker voor zijn alignmentteam.")]
    [InlineData("en", "Job: Staff Engineer, AI Safety — Tarnfield Labs (Berlin or remote)", "Tarnfield Labs is hiring an engineer to build tooling for its alignment team; applications close on 1 June.")]
    public void Classify_WhenAJobBoardsRubricOpensTheHeadline_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("fr", "L'université de Brezzolles ouvre un diplôme d'éthique de l'IA", "Vingt places sont prévues dès la rentrée.")]
    [InlineData("it", "L'ateneo di Brezzolino lancia un diploma in etica dell'IA", "Trenta posti a partire da ottobre.")]
    public void Classify_WhenAUniversityOpensACourse_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("nl", "Vacatures blijven open nadat Tarnfield Labs zijn alignmentteam opheft", "Het AI-bedrijf heeft het team opgeheven.", AlertEvent.Dissolution)]
    [InlineData("it", "Brezzolino IA scioglie il team di etica dell'IA; il lavoro passa al legale", "La società di IA ha chiuso il gruppo.", AlertEvent.Dissolution)]
    public void Classify_WhenARubricWordIsInsideTheHeadline_StillReportsTheChange(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    [Fact]
    public void Classify_WhenAGermanTextSpeaksOfAPrice_ReadsNoAward() =>
        AssertAlert("de", "Brenkwald KI senkt den Preis für ihr Modell und löst das Alignment-Team auf", "Das Alignment-Team des KI-Unternehmens wurde am Montag aufgelöst.", AlertEvent.Dissolution);

    [Theory]
    [InlineData("en", "Tarnfield AI's head of alignment resigns as the board is weighing a sale", "The AI lab confirmed her exit on Monday.", AlertEvent.Departure)]
    [InlineData("it", "Brezzolino IA, la responsabile della sicurezza IA lascia: l'azienda valuta la riorganizzazione", "La società di IA ha confermato l'uscita.", AlertEvent.Departure)]
    [InlineData("fr", "Emploi : Brezzolab dissout son équipe de sécurité de l'IA", "Le laboratoire d'IA a confirmé la fermeture de l'équipe.", AlertEvent.Dissolution)]
    [InlineData("en", "Jobs: Tarnfield AI's head of AI safety departs", "She leaves the AI lab after three years.", AlertEvent.Departure)]
    [InlineData("en", "Tarnfield AI closes safety lab in round of cost cuts", "The AI company shut its AI safety lab on Friday.", AlertEvent.Dissolution)]
    [InlineData("en", "Tarnfield AI shuts AI safety team; other teams unaffected", "The AI lab closed the team on Friday.", AlertEvent.Dissolution)]
    public void Classify_WhenALookAlikeWordIsAboutSomethingElseThanTheToldChange_StillReportsIt(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    [Fact]
    public void Classify_WhenATeamWillOperateAsBefore_RaisesNoAlert() =>
        AssertNoAlert("en", "Tarnfield AI's AI safety team to operate as before, CEO says", "The chief executive denied any change.");

    [Theory]
    [InlineData("en", "Jobs: Tarnfield Labs hires Head of Alignment", "Tarnfield Labs is looking for a Head of Alignment. Apply by 31 January.")]
    [InlineData("fr", "Emploi : Brezzolab recrute un responsable de la sécurité de l'IA", "Le laboratoire d'IA cherche un profil senior. Candidatures jusqu'au 30 mai.")]
    public void Classify_WhenAJobAdvertsHeadlineUsesAnEventWord_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("Tarnfield AI board sets up a committee that can hold back model launches")]
    [InlineData("Tarnfield AI creates a panel with power to veto model launches")]
    public void Classify_WhenLaunchesAreWhatABodyCanHoldBack_ItIsNoLaunchStory(string title) =>
        AssertAlert("en", title, "The committee of three independent directors will meet in May.", AlertEvent.Formation);

    [Theory]
    [InlineData("nl", "AI-veiligheidsindex: Vlaamse techbedrijven scoren slecht", "In de jaarlijkse index van een stichting krijgen drie bedrijven een onvoldoende.")]
    [InlineData("de", "KI-Sicherheitsindex: Deutsche Labore schneiden schwach ab", "Im jährlichen Index einer Stiftung erhalten drei Unternehmen schlechte Noten.")]
    [InlineData("en", "AI safety index: European labs score poorly", "In a foundation's annual index, three companies receive failing grades.")]
    public void Classify_WhenASafetyIndexRanksCompanies_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("fr", "Brezzolab dévoile sa feuille de route pour 2029", "La start-up présente ses nouveaux produits.")]
    [InlineData("es", "Tarnfield presenta su hoja de ruta para 2029", "La empresa muestra sus nuevos productos.")]
    public void Classify_WhenACompanyPresentsItsRoadmap_ReadsAPlanNotARoad(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(ClassifierAssert.ReadsLookalike(result, "launch"));
        Assert.False(ClassifierAssert.ReadsLookalike(result, "automotive"));
    }

    [Theory]
    [InlineData("de", "Kornwinde stellt neuen KI-Begleiter vor", "Das Produkt des KI-Unternehmens soll sicherer sein.")]
    [InlineData("en", "Who will be Tarnfield AI's new safety chief?", "The AI lab has not said whom it is talking to.")]
    [InlineData("pt", "Em Nova York, diretora de segurança de IA da Tarnfield fala sobre riscos", "A executiva do laboratório de IA participou de um painel.")]
    public void Classify_WhenNewIsNoJobsNewHolder_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Fact]
    public void Classify_WhenAGermanPrizeGoesToASafetyResearcher_RaisesNoAlert() =>
        AssertNoAlert("de", "Kelvanne-Preis geht an Alignment-Forscherin Mia Brennwick", "Die Forscherin von Quorvane erhält die Auszeichnung im Herbst.");

    [Theory]
    [InlineData("en", "Quorvane's head of AI safety leaves for driverless startup Peldrake", "Mia Brennwick led the lab's alignment team for three years.")]
    [InlineData("de", "Leiterin des KI-Sicherheitsteams von Quorvane wechselt zu fahrerlosem Lkw-Start-up", "Lena Ostravel leitete das Alignment-Team seit 2022.")]
    [InlineData("es", "La jefa de alineamiento de Quorvane dimite y hace balance de sus años en el equipo", "Lucía Tamsford dirigía el equipo de seguridad de IA desde 2022.")]
    [InlineData("de", "Alignment-Chefin verlässt Quorvane nach vor allem turbulenten Jahren", "Lena Ostravel leitete das KI-Sicherheitsteam seit 2022.")]
    public void Classify_WhenWhereSomeoneGoesOrATimeLookAlikeFollowsTheExit_TheDepartureStands(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Fact]
    public void Classify_WhenALabIsHiringANamedSafetyLead_ItIsAnArrivalNotAnAdvert() =>
        AssertAlert("en", "Quorvane is hiring Brisklane's head of alignment", "Mia Brennwick will lead Quorvane's new superalignment team from June.", AlertEvent.Arrival);

    [Theory]
    [InlineData("nl", "Veiligheidsdirecteur Tamsford Airport stapt op", "De directeur vertrekt na een reeks incidenten op de luchthaven; een opvolger wordt gezocht.")]
    [InlineData("en", "Safety director of Brisklane Airlines resigns", "The carrier said a successor would be named next month.")]
    public void Classify_WhenTheSafetyChiefOfAnAirportOrAirlineLeaves_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Fact]
    public void Classify_WhenTheChairOfAnAiEthicsBoardLeaves_NamesTheChairAsSomeone() =>
        AssertAlert("de", "Vorsitzende verlässt KI-Ethikbeirat von Quorvane", "Die Vorsitzende des KI-Ethikbeirats hat ihr Amt mit sofortiger Wirkung niedergelegt.", AlertEvent.Departure);

    [Theory]
    [InlineData("es", "Fichaje: Ana Brennwick, nueva jefa de interpretabilidad de Quorvane", "La investigadora llega desde Brisklane para dirigir el equipo de seguridad de IA.")]
    [InlineData("pt", "Contratada: Ana Kelvanne vai chefiar o red teaming de IA da Quorvane", "A pesquisadora assume a equipe que testa os modelos de IA antes do lançamento.")]
    public void Classify_WhenAHiringRubricNamesWhomItHired_ItIsAnArrival(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Arrival);
}
