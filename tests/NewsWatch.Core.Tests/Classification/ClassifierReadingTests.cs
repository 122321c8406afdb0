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
    [InlineData("de", "Land benennt Prüfzentrum Auental als nationale Stelle für KI-Sicherheit", "Das Zentrum soll künftig KI-Modelle vor der Markteinführung testen.")]
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

    [Theory]
    [InlineData("en", "Orvane AI denies that its head of alignment quit over safety disputes", "Jane Roe, who led alignment at the AI lab, left last week for personal reasons.")]
    [InlineData("es", "Corvalia IA niega que la salida de su jefa de alineamiento se deba a la seguridad", "Lucía Ferrán dejó la empresa de inteligencia artificial el lunes.")]
    public void Classify_WhenADenialIsOfALink_TheChangeStands(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("de", "Orvane benennt insgesamt drei neue Leiter für KI-Sicherheit", AlertEvent.Formation)]
    [InlineData("en", "Orvane AI designates institute director Jane Roe as head of its AI safety team", AlertEvent.Formation)]
    public void Classify_WhenADesignationIsOfPeople_ItIsNoFormation(string language, string title, AlertEvent notExpected)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.NotEqual(notExpected, result.Event);
    }

    [Fact]
    public void Classify_WhenAHeadlineNamesWhoseDeputyMoves_DoesNotListThatPersonFirst()
    {
        var result = SharedClassifier.Instance.Classify(
            "Orvane AI poaches Roe's deputy to lead its AI safety team",
            "Imke Varga, until now deputy to Jane Roe at Tamsworth, will lead the AI lab's safety team.",
            "en");

        Assert.True(result.People.Count == 0 || result.People[0] != "Jane Roe", string.Join(", ", result.People));
    }

    [Theory]
    [InlineData("en", "Orvane's alignment team will sit on its findings until the audit ends", "The AI lab's researchers want outside reviewers first.")]
    [InlineData("de", "Interner Bericht benennt Schwächen im KI-Sicherheitsteam von Orvane", "Die Prüfer sehen Lücken bei den Tests der Modelle.")]
    [InlineData("it", "Ferlini continua a dirigere il team di sicurezza dell'IA di Orvane", "Nessun cambiamento ai vertici del gruppo, assicura l'azienda.")]
    [InlineData("fr", "Orvane confie son audit de sécurité de l'IA à un cabinet externe", "Le cabinet examinera les tests des modèles.")]
    [InlineData("es", "El argumento de Corvalia desarma las críticas sobre la seguridad de la IA", "La empresa publicó sus pruebas de modelos.")]
    [InlineData("en", "Orvane AI hires Imke Varga as head of sales, stresses responsible deployment", "The AI lab says its models will ship carefully.")]
    public void Classify_WhenOrdinaryWordsLookLikeAChange_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Theory]
    [InlineData("en", "Orvane AI lays off 40 from its AI safety team", AlertEvent.Dissolution)]
    [InlineData("pt", "Orvane perde Joana Prates, do quadro de segurança de IA", AlertEvent.Departure)]
    public void Classify_WhenCutsOrLossesAreOfTheSafetyTeam_StillAlerts(string language, string title, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(expected, result.Event);
    }

    [Fact]
    public void Classify_WhenAPhrasesWordsStandInTwoSentences_ItDoesNotMatch()
    {
        var result = SharedClassifier.Instance.Classify(
            "Orvane's chief executive exits its AI safety committee",
            "The committee gains independence and the chief executive will no longer sit on it. The panel may delay model launches.",
            "en");

        Assert.DoesNotContain(result.Evidence, e => e.Kind == "event" && e.Text.Contains("panel", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenAKnownInstitutesNameIsWrittenInLowerCase_ItDescribesAnotherBody()
    {
        var result = SharedClassifier.Instance.Classify("Italy sets up its own AI safety institute", "The cabinet approved a decree creating the Orsola Centre for AI Safety, which will test frontier AI models.", "en");

        Assert.Contains("Orsola Centre for AI Safety", result.Orgs);
        Assert.DoesNotContain("AI Safety Institute", result.Orgs);
    }

    [Theory]
    [InlineData("de", "„Sie war das Gewissen des Hauses“: Alignment-Chefin verlässt Orvane", "Die Leiterin des Alignment-Teams beim KI-Entwickler Orvane hat ihren Rücktritt erklärt.", "Sie")]
    [InlineData("it", "Lisbona cambia nome all'istituto per la sicurezza dell'IA", "L'istituto portoghese si occuperà anche di certificazione dei modelli di IA.", "Lisbona")]
    [InlineData("nl", "Orvane AI benoemt Nederlander Pieter Verbeek tot hoofd evaluaties", "Hij leidt voortaan het team dat de AI-modellen test.", "Nederlander Pieter Verbeek")]
    public void Classify_WhenAPronounACityOrADemonymOpensAHeadline_ItIsNoName(string language, string title, string summary, string word)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(word, result.Orgs);
        Assert.DoesNotContain(word, result.People);
    }

    [Fact]
    public void Classify_WhenALookalikeWordIsAGivenName_ItIsNoLookalike()
    {
        var result = SharedClassifier.Instance.Classify(
            "Destituida la directora de la oficina que evalúa los modelos de IA",
            "El Gobierno cesó a Dana Ferreiro tras semanas de presiones.",
            "es");

        Assert.DoesNotContain(result.Evidence, e => e.Kind == "negative" && e.Text == "Dana");
        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
    }

    [Theory]
    [InlineData("fr", "L'université de Varonne ouvre un master en éthique de l'intelligence artificielle", "Le cursus accueillera trente étudiants dès la rentrée.")]
    [InlineData("nl", "Hogeschool Veldhaven start minor AI-ethiek", "De opleiding behandelt bias en verantwoord gebruik van AI-modellen.")]
    [InlineData("it", "Aerolinee Vespro istituisce una direzione Safety per la sicurezza del volo", "La nuova struttura userà anche strumenti di intelligenza artificiale.")]
    public void Classify_WhenACourseOrAnotherFieldsSafetyUnitIsCreated_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Fact]
    public void Classify_WhenAWordOfChangeEndsACompanysName_ItTellsNoChange()
    {
        var result = SharedClassifier.Instance.Classify("Orvalia Cómputo nombra a Rafael Ibarra jefe de alineamiento", "El investigador dirigirá el equipo que evalúa los modelos de IA.", "es");

        Assert.DoesNotContain(result.Evidence, e => e.Kind == "event" && e.Text == "Cómputo");
        Assert.Equal(AlertEvent.Arrival, result.Event);
    }

    [Theory]
    [InlineData("de", "Orvane KI spaltet sein Alignment-Team auf", "Die Gruppe wird in zwei Einheiten geteilt.")]
    [InlineData("it", "Orvane IA spacchetta il gruppo Allineamento", "Interpretabilità alla ricerca, test dei modelli al prodotto.")]
    public void Classify_WhenATeamIsSplit_ReturnsRestructuring(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Restructuring, result.Event);
    }

    [Theory]
    [InlineData("de", "Orvane KI teilt Sorgen über KI-Sicherheit auf Konferenz in Wien", "")]
    [InlineData("es", "Doña Remedios Ferrán, pionera de la ética de la IA, recibe un homenaje", "")]
    [InlineData("en", "The Federal Aviation Administration forms an AI safety team", "")]
    [InlineData("en", "Securities regulator creates team to audit the safety of algorithmic systems used by traders", "")]
    public void Classify_WhenWordsOfOtherMeaningsOrFieldsAppear_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Theory]
    [InlineData("en", "Kestrel AI reverses course, dissolves AI safety team", AlertEvent.Dissolution)]
    [InlineData("pt", "Reestruturação em curso: Orvane IA encerra equipe de alinhamento", AlertEvent.Dissolution)]
    [InlineData("es", "Orvane IA despide a su jefa de alineamiento con un alto grado de secretismo", AlertEvent.Departure)]
    [InlineData("en", "Kestrel AI left with no safety team after its last two researchers quit", AlertEvent.Departure)]
    [InlineData("en", "Orvane AI's alignment chief Tomas Vell departs to lead rival's AI strategy", AlertEvent.Departure)]
    public void Classify_WhenALookalikeWordIsUsedOtherwise_TheChangeStands(string language, string title, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(expected, result.Event);
    }

    [Fact]
    public void Classify_WhenAPersonsDegreeIsNamed_ItIsNoLookalike()
    {
        var result = SharedClassifier.Instance.Classify(
            "Orvane IA nomme Claire Dubreuil à la tête de son équipe d'alignement",
            "Claire Dubreuil, titulaire d'un master en apprentissage automatique, dirigera l'équipe qui évalue les modèles d'IA.",
            "fr");

        Assert.DoesNotContain(result.Evidence, e => e.Kind == "negative" && e.Reason.Contains("education", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Kestrel AI Names Ines Valdor Tech Lead of Its Alignment Team", "Ines Valdor")]
    [InlineData("Marco Tedesco lascia la guida del team sicurezza di Orvane IA", "Marco Tedesco")]
    public void Classify_WhenAFamilyNameLooksLikeACompanyWordOrADemonym_ItIsStillAPerson(string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, title.Contains("lascia", StringComparison.Ordinal) ? "it" : "en");

        Assert.Contains(person, result.People);
    }

    [Fact]
    public void Classify_WhenACountrysInstituteIsNamedInLowerCase_ItIsStillThatInstitute()
    {
        var result = SharedClassifier.Instance.Classify("Head of the UK's AI safety institute steps down", string.Empty, "en");

        Assert.NotEmpty(result.Orgs);
    }

    [Theory]
    [InlineData("de", "Aderlass bei Orvane KI: Sieben Sicherheitsforscher weg", "Aus dem Alignment-Team des KI-Entwicklers haben sieben Forschende gekündigt.", AlertEvent.Departure)]
    [InlineData("nl", "Leegloop bij Orvane AI: vijf veiligheidsonderzoekers vertrekken", "Vijf leden van het AI-veiligheidsteam van het AI-lab dienden hun ontslag in.", AlertEvent.Departure)]
    [InlineData("es", "El consejo de Orvane IA fulmina a su jefa de seguridad de la IA", "La directiva había frenado el lanzamiento de un modelo de IA.", AlertEvent.Departure)]
    public void Classify_WhenAnIdiomTellsPeopleLeaving_ReturnsDeparture(string language, string title, string summary, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(expected, result.Event);
    }

    [Fact]
    public void Classify_WhenFrenchSaysAnAiIsTrainedOnSomething_ItIsNoSafeAi()
    {
        var result = SharedClassifier.Instance.Classify("Amende de 45 millions d'euros pour Orvane, accusé d'avoir entraîné son IA sur des conversations privées", "L'éditeur annonce faire appel.", "fr");

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Fact]
    public void Classify_WhenACompanyIsNamedMachineLearning_ItIsNoPerson()
    {
        var result = SharedClassifier.Instance.Classify("Orvane Machine Learning reorganiza su equipo de alineamiento", "La empresa de IA divide su equipo en tres grupos.", "es");

        Assert.DoesNotContain(result.People, p => p.Contains("Machine", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenGermanNounsFollowACompanyNoun_TheyAreNoCompany()
    {
        var result = SharedClassifier.Instance.Classify(
            "20 Prozent der Rechenleistung für die Sicherheitsforschung",
            "Orvane will ein Fünftel seiner GPU-Kapazität dem Alignment-Team geben. Beobachter erinnern daran, dass andere Anbieter ähnliche Versprechen nicht eingehalten haben.",
            "de");

        Assert.DoesNotContain("Versprechen", result.Orgs);
    }

    [Theory]
    [InlineData("de", "Turiner Modellentwickler Orvane beruft Ethikrat", "Das Gremium soll vor jeder Veröffentlichung eines KI-Modells ein Votum abgeben.")]
    [InlineData("fr", "Orvane nomme un comité d'éthique de l'IA", "Le comité pourra retarder la sortie des modèles.")]
    [InlineData("en", "Orvane AI appoints an AI safety board", "The board can delay any model release.")]
    public void Classify_WhenAnAppointmentsObjectIsACommittee_TheCommitteeIsFormed(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Equal(AlertEvent.Formation, result.Event);
    }

    [Theory]
    [InlineData("Orvane AI appoints Sara Achebe to its safety board", "The board can delay any model release.")]
    [InlineData("Sara Achebe appointed to the board of Orvane AI's safety institute", "She was a professor of computer science.")]
    public void Classify_WhenSomeoneIsAppointedToACommittee_ItIsAnArrival(string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, "en");

        Assert.Equal(AlertEvent.Arrival, result.Event);
    }

    [Fact]
    public void Classify_WhenABodyLosesARemitOfResearch_NobodyLeaves()
    {
        var result = SharedClassifier.Instance.Classify("Dutch AI safety institute renamed, loses frontier-risk research remit", string.Empty, "en");

        Assert.Equal(AlertEvent.Restructuring, result.Event);
    }

    [Theory]
    [InlineData("it", "Orvane istituisce un comitato per l'etica dei modelli", "L'azienda torinese sviluppa modelli di visione per le fabbriche.")]
    [InlineData("en", "Orvane's AI policy lead leaves for the science ministry", "Sara Achebe led the developer's work with regulators.")]
    [InlineData("nl", "Hoofd verantwoorde AI en twee onderzoekers stappen op bij Orvane", "Het team bouwt modellen voor ziekenhuizen.")]
    [InlineData("es", "Orvane traslada su oficina de ética algorítmica al área jurídica", "La empresa desarrolla asistentes de voz.")]
    public void Classify_WhenTheWorkIsNamedInOtherWords_ItIsInScope(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Theory]
    [InlineData("en", "Responsible AI lead and two researchers quit Dutch hospital-model maker", "Sara Achebe, head of responsible AI at Orvane Labs, has resigned along with two members of her team.")]
    [InlineData("pt", "Washington corta verba do centro que avalia modelos de IA", "O centro federal perde 30% do orçamento.")]
    public void Classify_WhenAnotherFieldIsWhatTheAiIsForOrAVerbIsConjugated_StillReadsTheSafetyWork(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Fact]
    public void Classify_WhenACourseIsInAiEthics_ItStaysACourse()
    {
        var result = SharedClassifier.Instance.Classify("Hogeschool Dommelrand start minor AI-ethiek", "Studenten leren over verantwoorde AI.", "nl");

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Fact]
    public void Classify_WhenAHeadlineRenamesATeamAndItsLeadMovesIntoAnotherDepartment_ItIsARestructuring()
    {
        var result = SharedClassifier.Instance.Classify("Orvane Labs benennt Alignment-Team um, Leiter wechselt in die Konzernstrategie", string.Empty, "de");

        Assert.Equal(AlertEvent.Restructuring, result.Event);
    }

    [Fact]
    public void Classify_WhenSomeoneLeavesAndMovesIntoPolitics_ItStaysADeparture()
    {
        var result = SharedClassifier.Instance.Classify("Sicherheitschefin Anna Roth verlässt Orvane Labs und wechselt in die Politik", "Die KI-Firma bestätigt den Abgang.", "de");

        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("en", "OpenAI names new board after Altman returns as CEO", "The board will oversee the company.")]
    [InlineData("de", "Orvane beruft neuen Aufsichtsrat", "Das KI-Unternehmen erneuert seine Führung.")]
    public void Classify_WhenAGoverningBoardIsAppointed_NoSafetyBodyIsFormed(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(AlertEvent.Formation, result.Events);
    }

    [Theory]
    [InlineData("nl", "Ziekenhuizen stappen massaal over op AI voor diagnoses", "Artsen gebruiken de modellen om scans te lezen.")]
    [InlineData("en", "Bank names head of model oversight as AI lending grows", "The lender expands its model risk team.")]
    public void Classify_WhenOrdinaryNewsUsesWordsOfMovesOrOversight_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Fact]
    public void Classify_WhenAnMlCompanysEvaluationsLeadLeaves_TheWorkIsInScope()
    {
        var result = SharedClassifier.Instance.Classify("Orvane ML evaluations lead Tobias Marsh resigns", "He says testing was rushed.", "en");

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }

    [Theory]
    [InlineData("en", "Orvane closed its alignment team last quarter, staff say", AlertEvent.Dissolution)]
    [InlineData("es", "Orvane cierra su equipo de alineamiento este trimestre", AlertEvent.Dissolution)]
    public void Classify_WhenAQuarterIsOnlyWhenATeamCloses_TheClosureStands(string language, string title, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, "La empresa de IA confirma la decisión.", language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
        Assert.Equal(expected, result.Event);
    }

    [Theory]
    [InlineData("en", "Meta forms new lab to build superhuman AI", "The lab will train larger models.")]
    [InlineData("en", "AI start-up Orvane cuts budget for employee evaluations", "Managers will review staff once a year.")]
    [InlineData("nl", "Verzekeraars stappen op AI over", "Ze willen schades sneller afhandelen met AI-modellen.")]
    public void Classify_WhenCapabilityHrOrAdoptionNewsUsesSafetyWords_RaisesNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"score {result.Score:0.00}, {result.Event}");
    }
}
