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
    [InlineData("en", "AI safety researcher Hannah Brennwick quits Anthropic", "Hannah Brennwick")]
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

    [Theory]
    [InlineData("de", "Alignment-Chefin Hanne Ostrowski verlässt Brackwerk", "Brackwerk")]
    [InlineData("fr", "La responsable de l'alignement quitte Orvanne", "Orvanne")]
    [InlineData("en", "Head of AI safety quits Telverin, citing rushed launches", "Telverin")]
    public void Classify_WhenAHeadlinesVerbOfLeavingTakesOneUnknownWord_NamesItAsTheOrganisation(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Theory]
    [InlineData("pt", "Montado Tecnologia fecha sua equipe de segurança de IA", "Montado Tecnologia")]
    [InlineData("en", "Quarlow Group disbands its AI ethics board", "Quarlow Group")]
    [InlineData("de", "Lindhorst Werke löst das KI-Ethikteam auf", "Lindhorst Werke")]
    public void Classify_WhenACompanyEndsItsNameWithWhatItIs_NamesItAsAnOrganisationNotAPerson(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
        Assert.Empty(result.People);
    }

    [Theory]
    [InlineData("en", "Quorvane AI sets up a group to test its largest models", "evaluation")]
    [InlineData("es", "Quorvane IA crea un equipo que pone a prueba los modelos", "evaluation")]
    [InlineData("fr", "Quorvane crée une équipe qui testera les modèles", "safety")]
    public void Classify_WhenATeamIsOnlyDescribedByAClause_ListsNoTeamNameButKeepsItsWork(string language, string title, string kind)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Empty(result.Teams);
        Assert.Equal([kind], result.TeamKinds.Values);
    }

    [Theory]
    [InlineData("en", "Callum Brackley, who ran the alignment group at Quarrender, has left", "Callum Brackley")]
    [InlineData("nl", "Jolien Roeland, die het veiligheidsteam van Dreefhof leidde, is vertrokken", "Jolien Roeland")]
    public void Classify_WhenAPersonsGivenNameIsOnlyInTheWorldList_StillFindsThePerson(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(person, result.People);
    }

    [Theory]
    [InlineData("en", "Second exit at Halmstead as red-team head Vorwerk leaves", "Vorwerk")]
    [InlineData("de", "Abgang bei Halmstead: auch Tobias Vorwerk das Unternehmen verlässt", "Tobias Vorwerk")]
    public void Classify_WhenANameStandsBetweenAJobAndAMoveOrBeforeAGermanArticle_NamesThePersonAlone(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal([person], result.People);
    }

    [Fact]
    public void Classify_WhenLowerCaseWordSpellsAnOrg_DoesNotNameIt()
    {
        var result = SharedClassifier.Instance.Classify("El equipo alcanza su meta de seguridad", string.Empty, "es");

        Assert.DoesNotContain("Meta", result.Orgs);
    }

    [Fact]
    public void Classify_WhenArticleNamesBystanders_ListsOnlyThePeopleTheStoryIsAbout()
    {
        const string content =
            "Quarrystone AI has named Odile Frankenberg head of its alignment team.\n"
            + "The company was founded in 2019 by Rupert Akinyemi and Sabine Oyelaran, who met at a robotics lab.\n"
            + "\"We want someone who can say no,\" said Thomas Vettergren, an investor.";
        var result = SharedClassifier.Instance.Classify("Quarrystone AI hires an alignment chief", string.Empty, "en", content);

        Assert.Equal(["Odile Frankenberg"], result.People);
        Assert.Equal(["Quarrystone AI"], result.Orgs);
    }

    [Theory]
    [InlineData("fr", "Yann Le Quérédec quitte l'équipe de sécurité de l'IA de Mistral AI", "Yann Le Quérédec")]
    [InlineData("nl", "Bram Van Oosthuyse vertrekt bij het AI-veiligheidsteam van OpenAI", "Bram Van Oosthuyse")]
    public void Classify_WhenParticleInsideNameIsCapitalised_KeepsWholeName(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(person, result.People);
    }

    [Fact]
    public void Classify_WhenHeadlineOpensWithNounAndParticleBeforeName_NamesOnlyThePerson()
    {
        var result = SharedClassifier.Instance.Classify("Arrivée de Julien Maréchaux-Tiberghien à la tête de l'équipe d'alignement de Mistral AI", string.Empty, "fr");

        Assert.Equal(["Julien Maréchaux-Tiberghien"], result.People);
    }

    [Theory]
    [InlineData("pt", "Laboratório Nacional de Computação cria unidade de segurança de IA", "Laboratório Nacional de Computação")]
    [InlineData("es", "El Instituto Tecnológico de Monterrey crea un equipo de seguridad de la IA", "Instituto Tecnológico de Monterrey")]
    [InlineData("nl", "Pieter-Jan leidt het nieuwe AI-veiligheidsteam", "Pieter-Jan")]
    public void Classify_WhenCapitalisedWordsNameAnInstitutionOrOneWord_DoesNotTakeThemForAPerson(string language, string title, string notAPerson)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.DoesNotContain(result.People, p => p.Contains(notAPerson, StringComparison.Ordinal) || notAPerson.Contains(p, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "Orvanto AI heft zijn ethiekraad op", "Orvanto AI")]
    [InlineData("es", "Tesselia Inteligencia disuelve su comité de ética de la IA", "Tesselia Inteligencia")]
    public void Classify_WhenUnknownStartupOpensTheHeadline_NamesIt(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("es", "Brezalia revisa sus cuentas", "Recorta el presupuesto de seguridad de la IA. Brezalia firmó en 2024 un compromiso de cómputo para la alineación de sus modelos.", "Brezalia")]
    [InlineData("en", "Kelvanne rethinks its spending", "The model safety budget is trimmed. Kelvanne, which trains its own language models, had promised a fifth of its compute to alignment work.", "Kelvanne")]
    [InlineData("de", "Kieselgrund rechnet neu", "Das Budget für KI-Sicherheit wird gestrichen. Kieselgrund hatte 2024 ein Fünftel der Rechenleistung zugesagt.", "Kieselgrund")]
    public void Classify_WhenTheHeadlinesFirstWordIsNamedAgain_NamesItAsTheOrg(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("fr", "La start-up lilloise Ormélie dissout son équipe d'éthique de l'IA", "Ormélie")]
    [InlineData("it", "L'azienda Ventoria chiude il suo team di sicurezza dell'IA", "Ventoria")]
    [InlineData("de", "Kölner Start-up Glimmwerk gründet Beirat für KI-Sicherheit", "Glimmwerk")]
    [InlineData("es", "La AVIAR nombra a una jefa de seguridad de la IA", "AVIAR")]
    [InlineData("nl", "Vlaamse verzekeraar Dreefhof schrapt zijn AI-ethiekteam", "Dreefhof")]
    [InlineData("en", "German reinsurer Alsterkamp sets up an AI model evaluation unit", "Alsterkamp")]
    [InlineData("pt", "A seguradora Lagoaforte cria um comitê de ética para IA", "Lagoaforte")]
    public void Classify_WhenAWordSaysWhatTheCompanyIsOrItsAcronymHeadsTheNews_NamesIt(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("en", "Ex-NSA chief joins the lab's AI safety committee", "NSA")]
    [InlineData("en", "BREAKING: alignment lead resigns from the lab", "BREAKING")]
    [InlineData("en", "Seven researchers quit the lab's AI safety team", "Seven")]
    public void Classify_WhenAnAcronymOrNumberOnlyDescribes_DoesNotNameAnOrg(string language, string title, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, "Seven of them had worked on alignment for years.", language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("nl", "Haarlemse Windvang heft zijn AI-ethiekteam op", "Haarlemse Windvang")]
    [InlineData("pt", "Startup de Belo Horizonte contrata chefe de segurança de IA", "Belo Horizonte")]
    [InlineData("es", "La agencia de Santiago de Compostela nombra a Marta Quintela jefa de seguridad de la IA", "Santiago de Compostela")]
    public void Classify_WhenAPlaceOrATownsAdjectiveLooksLikeAName_DoesNotTakeItForAPerson(string language, string title, string notAPerson)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.DoesNotContain(notAPerson, result.People);
    }

    [Theory]
    [InlineData("es", "Miravel crea la Unidad de Auditoría y Seguridad de Modelos de IA", "Unidad de Auditoría y Seguridad de Modelos de IA")]
    [InlineData("pt", "Tucanara cria o Núcleo de Avaliação de Riscos de IA", "Núcleo de Avaliação de Riscos de IA")]
    [InlineData("it", "Selvarra apre l'Ufficio per l'Allineamento dei Modelli di IA", "Ufficio per l'Allineamento dei Modelli di IA")]
    public void Classify_WhenAUnitIsNamedWithCapitals_NamesTheWholeUnit(string language, string title, string team)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(team, result.Teams);
    }

    [Fact]
    public void Classify_WhenAnInstituteIsNamedWithCapitals_DoesNotListItAsATeam()
    {
        var result = SharedClassifier.Instance.Classify("Nace el Instituto Andino de Seguridad de la IA", string.Empty, "es");

        Assert.DoesNotContain(result.Teams, t => t.StartsWith("Instituto", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "Het Utrechtse AI-bedrijf heft zijn ethiekraad op", "Utrechtse AI")]
    [InlineData("de", "Ein Leipziger KI-Start-up löst sein Ethik-Team auf", "Leipziger KI")]
    public void Classify_WhenTownAdjectiveOpensAnAiCompound_DoesNotNameAnOrg(string language, string title, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Fact]
    public void Classify_WhenSummaryParaphrasesAKnownTeam_ListsTheTeamOnce()
    {
        var result = SharedClassifier.Instance.Classify(
            "OpenAI dissolves its Superalignment team",
            "The team for long-term AI risk was set up less than a year ago.",
            "en");

        var team = Assert.Single(result.Teams);
        Assert.Contains("Superalignment", team, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es", "Lumbrera disuelve su equipo de ética de la IA", "Lumbrera")]
    [InlineData("en", "Quarrystone's red team loses its lead as AI safety work is cut", "Quarrystone")]
    [InlineData("fr", "Chez Verlaine, une ancienne de l'Anssi prend la tête de l'équipe de sécurité de l'IA", "Verlaine")]
    public void Classify_WhenOneWordCompanyIsTheSubjectOrOwner_NamesIt(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("en", "Orrin Vale alignment chief Sara Achebe resigns", "Achebe, who led the alignment team at Toronto-based Orrin Vale, has resigned.", "Orrin Vale", "Sara Achebe")]
    [InlineData("de", "Orrin Vale verliert Alignment-Chefin", "Die Leiterin des Alignment-Teams bei Orrin Vale, Sara Achebe, tritt zurück.", "Orrin Vale", "Sara Achebe")]
    [InlineData("nl", "Hoofd evaluatie vertrekt bij Kade & Berm", "Sara Achebe, die het evaluatieteam leidde, stapt op.", "Kade & Berm", "Sara Achebe")]
    public void Classify_WhenANameStandsWhereSomeoneWorks_NamesItAsTheCompanyEverywhereNotAsAPerson(string language, string title, string summary, string org, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
        Assert.Contains(person, result.People);
    }

    [Theory]
    [InlineData("en", "Orrin Vale red-team head Sara Achebe out", "The lab's board did not say why she left.", "Orrin Vale")]
    [InlineData("fr", "Orrin Vale : la responsable de l'alignement démissionne", "Elle dénonce un manque de moyens pour la sécurité.", "Orrin Vale")]
    public void Classify_WhenAJobTitlesTheNextNameOrFollowsAColon_DoesNotTakeTheNameBeforeItForAPerson(string language, string title, string summary, string notAPerson)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(notAPerson, result.People);
    }

    [Theory]
    [InlineData("en", "Evaluations chief quits", "Sara Achebe has resigned as director of evaluations at the Tamaran Centre for AI Safety and Evaluation.", "Tamaran Centre for AI Safety and Evaluation")]
    [InlineData("es", "Nueva directora", "El Instituto Tamarés de Seguridad de la IA nombra a Sara Achebe.", "Instituto Tamarés de Seguridad de la IA")]
    [InlineData("nl", "Nieuwe directeur", "Het Tamaraans Centrum voor AI-Evaluatie benoemt Sara Achebe.", "Tamaraans Centrum voor AI-Evaluatie")]
    [InlineData("de", "Neue Leiterin", "Das Tamarer Institut für KI-Sicherheit holt Sara Achebe.", "Tamarer Institut für KI-Sicherheit")]
    [InlineData("fr", "Nouvelle directrice", "Le Centre tamarien d'évaluation des systèmes d'IA nomme Sara Achebe.", "Centre tamarien d'évaluation des systèmes d'IA")]
    [InlineData("it", "Nuova direttrice", "L'Istituto tamarese per la sicurezza dei modelli nomina Sara Achebe.", "Istituto tamarese per la sicurezza dei modelli")]
    [InlineData("nl", "Nieuwe directeur", "Het Nationaal instituut voor AI-veiligheid benoemt Sara Achebe.", "Nationaal instituut voor AI-veiligheid")]
    [InlineData("it", "Nuova direttrice", "L'Istituto pirenaico per la sicurezza dell'IA nomina Sara Achebe.", "Istituto pirenaico per la sicurezza dell'IA")]
    [InlineData("fr", "Nouvelle directrice", "L'Institut pyrénéen de sécurité de l'IA nomme Sara Achebe.", "Institut pyrénéen de sécurité de l'IA")]
    [InlineData("it", "Tagli", "Le regioni riducono i fondi dell'Osservatorio tamarese sull'IA di frontiera.", "Osservatorio tamarese sull'IA di frontiera")]
    [InlineData("en", "New director", "Sara Achebe will lead the Pyrenean AI Safety Institute from May.", "Pyrenean AI Safety Institute")]
    [InlineData("nl", "Nieuwe directeur", "Het Schelde-Maas Instituut voor AI-veiligheid benoemt Sara Achebe.", "Schelde-Maas Instituut voor AI-veiligheid")]
    public void Classify_APublicBodysNameAcrossLinkingWords_IsNamedWhole(string language, string title, string summary, string body)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(body, result.Orgs);
    }

    [Theory]
    [InlineData("en", "Head Of AI Safety Institute Resigns", "Sara Achebe leaves after two years.", "Of")]
    [InlineData("it", "Nuova direttrice", "L'Agenzia esamina la sicurezza dell'IA e nomina Sara Achebe.", "esamina")]
    [InlineData("fr", "Nouvelle directrice", "L'Agence examine la sécurité de l'IA et nomme Sara Achebe.", "examine")]
    public void Classify_WhenALinkWordOrAVerbStandsBesideABodyWord_ItIsNoPartOfTheName(string language, string title, string summary, string word)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(result.Orgs, org => org.Split(' ').Contains(word));
    }

    [Fact]
    public void Classify_WhenATitleCaseVerbPrecedesAKnownBody_KeepsTheKnownName()
    {
        var result = SharedClassifier.Instance.Classify("Tobias Wren Joins Center For AI Safety", "The researcher will lead its evaluations work.", "en");

        Assert.Contains("Center for AI Safety", result.Orgs);
    }

    [Theory]
    [InlineData("es", "Grupo Tarvela recluta a Sara Achebe para dirigir sus pruebas de riesgos de la IA", "Grupo Tarvela")]
    [InlineData("it", "Officine Tarvela, se ne va la responsabile dell'etica dell'IA Sara Achebe", "Officine Tarvela")]
    [InlineData("fr", "Chez Maison Tarvela, la responsable de l'alignement Sara Achebe claque la porte", "Maison Tarvela")]
    [InlineData("pt", "Casa Tarvela cria equipa de alinhamento da IA liderada por Sara Achebe", "Casa Tarvela")]
    public void Classify_WhenACompanysNameOpensWithWhatItIs_NamesTheWholeNameAsTheCompanyNotAPerson(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Theory]
    [InlineData("Präsidentin des Bundesinstituts für KI-Sicherheit tritt zurück", "Bundesinstitut für KI-Sicherheit")]
    [InlineData("Land gründet Landesprüfstelle für KI-Sicherheit", "Landesprüfstelle für KI-Sicherheit")]
    [InlineData("Drei Länder gründen Mitteldeutsches Prüfzentrum für KI-Sicherheit", "Mitteldeutsches Prüfzentrum für KI-Sicherheit")]
    [InlineData("Fünf Jahre Bundesinstitut für KI-Sicherheit: die Leiterin tritt zurück", "Bundesinstitut für KI-Sicherheit")]
    public void Classify_WhenAGermanCompoundNamesABodyBeforeFuer_NamesItInTheNominative(string title, string body)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, "de");

        Assert.Equal([body], result.Orgs);
    }

    [Fact]
    public void Classify_WhenAComputingCentreIsFollowedByFuer_NamesNoBody()
    {
        var result = SharedClassifier.Instance.Classify("Neues Rechenzentrum für KI-Sicherheitstests eröffnet", "Das Land baut aus.", "de");

        Assert.DoesNotContain(result.Orgs, org => org.StartsWith("Rechenzentrum", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Coupes dans le budget de l'institut tamarien de sécurité de l'IA", "Le gouvernement réduit ses crédits de 30 %.", "institut tamarien de sécurité de l'IA")]
    [InlineData("es", "Dimite la directora del instituto tamarés de seguridad de la IA", "Sara Achebe deja el cargo tras dos años.", "instituto tamarés de seguridad de la IA")]
    [InlineData("pt", "Corte de verbas ameaça instituto tamarês de segurança de IA", "O orçamento cai um terço.", "instituto tamarês de segurança de IA")]
    public void Classify_WhenAPublicBodyIsOnlyDescribedInLowerCase_NamesItByTheDescription(string language, string title, string summary, string body)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Equal([body], result.Orgs);
    }

    [Theory]
    [InlineData("fr", "Coupes dans le budget de l'institut tamarien de sécurité de l'IA", "L'Institut Tamarien d'Évaluation de l'IA perd 30 % de ses crédits.", "Institut Tamarien d'Évaluation de l'IA")]
    [InlineData("es", "Nace un instituto para la seguridad de la IA", "El Instituto Tamarés de Seguridad de la IA abrirá en enero.", "Instituto Tamarés de Seguridad de la IA")]
    public void Classify_WhenTheTextAlsoGivesTheBodysOwnName_NamesItByThatNameOnly(string language, string title, string summary, string body)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Equal([body], result.Orgs);
    }

    [Theory]
    [InlineData("es", "España crea una agencia para la seguridad de la IA", "Tendrá sede en A Coruña.")]
    [InlineData("es", "La agencia de seguridad alimentaria estrena directora", "Sara Achebe llega del ministerio.")]
    [InlineData("fr", "Le ministère annonce un institut de recherche", "Il ouvrira en 2027.")]
    public void Classify_WhenALowerCaseBodyIsNewOrNotAboutAi_NamesNoBody(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(result.Orgs, org => org.StartsWith("agencia", StringComparison.Ordinal) || org.StartsWith("institut", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Le Centre national de l'IA recrute", "Il embauche vingt ingénieurs.")]
    [InlineData("it", "L'Agenzia nazionale per l'intelligenza artificiale assume", "Cerca venti ingegneri.")]
    public void Classify_ABodyNamedOnlyByGenericWords_IsNotNamedAsOne(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(result.Orgs, org => org.Split(' ').Length >= 3);
    }

    [Theory]
    [InlineData("en", "Achebe quits Tamaran's AI safety centre", "Sara Achebe, the former preparedness chief, has resigned.", "Achebe", "Sara Achebe")]
    [InlineData("nl", "Achebe vertrekt bij Kade BV", "Sara Achebe, hoofd van het AI-veiligheidsteam van Kade BV, stapt op.", "Kade", "Sara Achebe")]
    public void Classify_AHeadlineWordTheTextGivesAsSomeonesFamilyName_IsThePersonNotACompany(string language, string title, string summary, string notAnOrg, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
        Assert.Contains(person, result.People);
    }

    [Theory]
    [InlineData("en", "Quenby's head of AI safety resigned at Christmas", "The lab said nothing more.", "Christmas")]
    [InlineData("de", "KI-Sicherheitschef geht", "Der Leiter des Sicherheitsteams trat bei Gesprächen mit Investoren zurück.", "Gesprächen")]
    [InlineData("es", "Dimite la jefa de seguridad de la IA", "Deja el Centro de Datos de Quenby en Madrid.", "Centro de Datos de Quenby")]
    [InlineData("de", "Neue Leitung", "Das Zentrum für KI-Sicherheit in Berlin und Hamburg übernimmt die Prüfung.", "Zentrum für KI-Sicherheit in Berlin und Hamburg")]
    public void Classify_WhatOnlyLooksLikeAWorkplaceOrABodysName_IsNoOrganisation(string language, string title, string summary, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("en", "Head of AI safety Zorbek Wielgosz resigns", "The alignment team at Wielgosz's startup will be dissolved.", "Zorbek Wielgosz")]
    [InlineData("en", "Zorbek Wielgosz: why I resigned from the AI safety team", "", "Zorbek Wielgosz")]
    public void Classify_WhenAPersonsNameIsAlsoAWorkplaceOrOpensAnInterview_StillNamesThePerson(string language, string title, string summary, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(person, result.People);
    }

    [Fact]
    public void Classify_WhenACompanyIsNamedAfterItsFounder_StillNamesTheCompany()
    {
        var result = SharedClassifier.Instance.Classify("Start-up Quenby disbands its AI safety team", "Founder Ada Quenby said the alignment team was no longer needed.", "en");

        Assert.Contains("Quenby", result.Orgs);
        Assert.Contains("Ada Quenby", result.People);
    }

    [Fact]
    public void Classify_AnArticleLongerThanAFeedItemKeeps_IsReadOnlyAsFarAsOneKeeps()
    {
        var filler = string.Concat(Enumerable.Repeat("The quarterly results were in line with forecasts. ", 800));
        var result = SharedClassifier.Instance.Classify("Quenby results", string.Empty, "en", filler + "Quenby dissolves its AI safety team.");

        Assert.Equal(AlertEvent.None, result.Event);
        Assert.DoesNotContain(result.Evidence, e => e.Text.Contains("dissolves", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "Externe veiligheidsraad bij Amsterdamse taalmodelbouwer", "Het bestuur richt een raad op.", "Amsterdamse")]
    [InlineData("de", "Drei Jahre Responsible-AI-Arbeit bei H&K gehen zu Ende", "Das Team wird aufgelöst.", "H")]
    public void Classify_WhenWhatFollowsAWorkplaceWordIsATownOrAnInitial_DoesNotNameACompany(string language, string title, string summary, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("de", "Bundesregierung gründet Prüfstelle für KI-Sicherheit", "Bundesregierung")]
    [InlineData("pt", "Brasil cria instituto de segurança da inteligência artificial", "Brasil")]
    public void Classify_WhenHeadlineSubjectIsAGovernmentOrANoun_DoesNotNameACompany(string language, string title, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("en", "OpenAI dissolves its Superalignment team")]
    [InlineData("fr", "OpenAI dissout son équipe de superalignement")]
    [InlineData("es", "OpenAI disuelve su equipo de superalineación")]
    public void Classify_WhenAKnownTeamIsNamedInAnyLanguage_GivesItsOneCanonicalName(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains("UK AI Security Institute", SharedClassifier.Instance.Classify("L'institut britannique de sécurité de l'IA change de nom", string.Empty, "fr").Orgs);
        Assert.Contains("Superalignment", result.Teams);
    }

    [Theory]
    [InlineData("UK AISI")]
    [InlineData("AI Security Institute")]
    [InlineData("l'institut britannique de sécurité de l'IA")]
    public void CanonicalLabel_SpellsEveryNameOfTheRenamedUkInstituteAsOne(string spelling)
    {
        var label = new Core.Classification.Evaluation.ItemLabel(AlertEvent.Restructuring, [AlertEvent.Restructuring], [spelling], [], ["équipe de superalignement"]);

        var canonical = SharedClassifier.Instance.CanonicalLabel(label);

        Assert.Equal(["UK AI Security Institute"], canonical.Orgs);
        Assert.Equal(["Superalignment"], canonical.Teams);
    }

    [Theory]
    [InlineData("es", "Brasil recorta los fondos del Instituto Parnaíba para la seguridad de la IA", "Instituto Parnaíba")]
    [InlineData("it", "La Fondazione Corvetto crea un team di red teaming per i modelli di IA", "Fondazione Corvetto")]
    [InlineData("en", "Italy launches the Ligurian Centre for Frontier AI Safety", "Ligurian Centre for Frontier AI Safety")]
    public void Classify_WhenAnUnknownInstituteIsNamedByWhatItIs_NamesIt(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
    }

    [Fact]
    public void Classify_WhenATitleCaseHeadlineNamesAnInstitute_EndsItsNameAtTheVerb()
    {
        var result = SharedClassifier.Instance.Classify("Kestrel Institute Dissolves Its AI Safety Team", string.Empty, "en");

        Assert.Equal(["Kestrel Institute"], result.Orgs);
    }

    [Fact]
    public void Classify_WhenAPersonStandsBesideAnInstitute_NamesThemApart()
    {
        var result = SharedClassifier.Instance.Classify("Maria Lopez Joins Kestrel Centre to lead its AI safety evaluations", string.Empty, "en");

        Assert.Contains("Maria Lopez", result.People);
        Assert.Contains("Kestrel Centre", result.Orgs);
    }

    [Fact]
    public void Classify_WhenACompanyNameEndsInAJobTitle_StillNamesTheCompany()
    {
        var result = SharedClassifier.Instance.Classify("Arrowhead dissolves its AI safety team", string.Empty, "en");

        Assert.Contains("Arrowhead", result.Orgs);
    }

    [Fact]
    public void Classify_WhenAnInstitutionWordIsFollowedOnlyByGenericWords_NamesNoInstitute()
    {
        var result = SharedClassifier.Instance.Classify("El Instituto Nacional de IA crea una unidad de seguridad", string.Empty, "es");

        Assert.DoesNotContain(result.Orgs, o => o.StartsWith("Instituto Nacional", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Les Pays-Bas se dotent d'un institut de sécurité de l'IA", "Baptisé QVRA, le nouvel institut rejoindra le réseau international.")]
    [InlineData("en", "Tazmora Dynamics sets up a catastrophic-risk board", "The new board will review model launches.")]
    [InlineData("en", "EU AI Office creates a Frontier Model Evaluation Unit", "The unit will test general-purpose AI models.")]
    [InlineData("it", "Quorvane perde la responsabile del red teaming", "Dal mese prossimo dirigerà la ricerca presso Kelvanne Evals.")]
    public void Classify_WhenCapitalisedWordsAreAnAcronymACompanyOrAUnit_NamesNoPerson(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Empty(result.People);
    }

    [Fact]
    public void Classify_WhenAPersonIsWrittenWithInitials_StillNamesThem()
    {
        var result = SharedClassifier.Instance.Classify("Vice president JD Vance attacks AI safety rules", string.Empty, "en");

        Assert.Contains("JD Vance", result.People);
    }

    [Fact]
    public void Classify_WhenADutchHeadlineOpensWithAJobTitle_DoesNotTakeItForACompany()
    {
        var result = SharedClassifier.Instance.Classify("Hoofdwetenschapper vertrekt bij AI-veiligheidsinstituut", "Hij stopt na drie jaar.", "nl");

        Assert.DoesNotContain(result.Orgs, o => o.StartsWith("Hoofdwetenschapper", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Tessel AI réorganise son équipe d'alignement", "safety")]
    [InlineData("de", "Tessel AI verkleinert sein Alignment-Team", "safety")]
    [InlineData("en", "Tessel AI disbands its AI ethics team", "ethics")]
    [InlineData("es", "Tessel AI crea un equipo rojo para atacar sus modelos", "evaluation")]
    public void Classify_WhenATeamIsFoundFromContext_GivesItsKindTheSameInEveryLanguage(string language, string title, string kind)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        var team = Assert.Single(result.Teams);
        Assert.Equal(kind, result.TeamKinds[team]);
    }

    [Fact]
    public void Classify_WhenTheTeamIsKnownByName_ListsItAsKnownWithTheKindItsNameShows()
    {
        var result = SharedClassifier.Instance.Classify("OpenAI dissolves its Superalignment team", string.Empty, "en");

        Assert.Equal(["Superalignment"], result.KnownTeams);
        Assert.Equal("safety", result.TeamKinds["Superalignment"]);
    }

    [Theory]
    [InlineData("nl", "Meer rekenkracht voor het alignmentteam van Oakmere Labs", "Oakmere Labs belooft 15 procent van zijn rekenkracht.", "Meer")]
    [InlineData("en", "New safety team launched at Oakmere Labs", "The lab will staff it with ten researchers.", "New")]
    public void Classify_WhenAHeadlineOpensWithAWordOfTheLanguage_DoesNotTakeItForACompany(string language, string title, string summary, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("es", "Dimite la jefa de seguridad de la IA de Ternavia", "Barandica deja la empresa tras tres años al frente del equipo de alineación.", "Barandica")]
    [InlineData("de", "Kornhafen verliert seine KI-Sicherheitschefin", "Oltmann verlässt das Unternehmen zum Monatsende.", "Oltmann")]
    public void Classify_WhenTheLedeNamesItsSubjectByFamilyNameBeforeTheVerb_NamesThePerson(string language, string title, string summary, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.NotEmpty(result.People);
        Assert.Equal(person, result.People[0]);
    }

    [Fact]
    public void Classify_WhenTheSummaryNamesTheHeadlinesCompanyOnlyByWhatItIs_StillNamesIt()
    {
        var result = SharedClassifier.Instance.Classify("Pendlemoor disbands its responsible-AI team", "The Leeds start-up, which builds speech models for banks, let the six researchers go.", "en");

        Assert.Contains("Pendlemoor", result.Orgs);
    }

    [Theory]
    [InlineData("de", "Kelmwerk kürzt Mittel für sein KI-Prüfteam", "Das Münchner Unternehmen halbiert das Budget der Gruppe, die Modelle vor dem Start testet.", "Kelmwerk")]
    [InlineData("en", "Harrowby cuts funding for its model red team", "The Leeds insurer will halve the budget of the group that attacks its AI models.", "Harrowby")]
    public void Classify_WhenTheLedeCallsTheHeadlinesSubjectACompany_NamesIt(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("Bundesregierung kürzt Mittel für KI-Prüfstelle", "Die Regierung halbiert das Budget der Behörde, die Modelle vor dem Start testet.", "Bundesregierung")]
    [InlineData("Schröder verlässt KI-Sicherheitsteam", "Das Unternehmen bestätigte den Abgang der Teamleiterin.", "Schröder")]
    public void Classify_WhenTheHeadlinesSubjectIsNoCompanyTheLedeNames_DoesNotNameIt(string title, string summary, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, "de");

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("es", "La chilena Quillaytek disuelve su equipo de ética de la IA", "Quillaytek")]
    [InlineData("fr", "Le néerlandais Vennwerk dissout son équipe d'alignement", "Vennwerk")]
    public void Classify_WhenAnArticleAndADemonymOpenTheHeadline_NamesItsSubject(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("es", "¿Adiós a la promesa? Quimbaya recorta el presupuesto de su equipo de alineamiento", "La empresa dedica ahora menos del cinco por ciento de su cómputo a la seguridad de la IA.", "Quimbaya")]
    [InlineData("de", "Umbau beim KI-Anbieter Kranichfeld: Ethik-Team wird aufgeteilt", "Die Mitarbeiter sollen den Produktgruppen zugeordnet werden.", "Kranichfeld")]
    public void Classify_WhenAHeadlinesSecondClauseOrACompoundNamesTheCompany_NamesIt(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("it", "Nimbra smentisce: «Nessuna chiusura del team di sicurezza dell'IA»", "Nessuna")]
    [InlineData("es", "Fichaje en Okavango Labs: Iturbe dirigirá su equipo rojo", "Iturbe")]
    [InlineData("de", "Der größte KI-Konzern Deutschlands baut sein Ethik-Team um", "Deutschlands")]
    [InlineData("fr", "Le chercheur Dubreuil quitte l'équipe d'alignement de Norvane", "Dubreuil")]
    [InlineData("en", "Dr. Okafor restructures the lab's alignment team", "Okafor")]
    public void Classify_WhenAWordOpensAQuoteOrAPersonsMoveOrIsAPlace_DoesNotNameItACompany(string language, string title, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("es", "¿Adiós a la promesa del 20%?", "Quenmara reduce al 8% el cómputo de su grupo de alineamiento, según un memorando interno.", "Quenmara")]
    [InlineData("de", "Varnholt kürzt Rechenbudget für Sicherheitsforschung", "Das Hamburger Softwareunternehmen gibt seiner Alignment-Gruppe nur noch 8 Prozent der Trainingskapazität.", "Varnholt")]
    public void Classify_WhenTheLedeOpensWithACompanysCutOrCallsItACompanyInACompound_NamesIt(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
    }

    [Fact]
    public void Classify_WhenACompanyIsDescribedWithWho_DoesNotNameAPerson()
    {
        var result = SharedClassifier.Instance.Classify("Meridian Capital, who backed the AI lab, leaves its board", string.Empty, "en");

        Assert.DoesNotContain("Meridian Capital", result.People);
    }

    [Fact]
    public void Classify_WhenAnUnknownNameIsDescribedWithWho_NamesThePerson()
    {
        var result = SharedClassifier.Instance.Classify(
            "Second senior exit at Carrowmore in a week",
            "Sudhakar Velamuri, who led Carrowmore's red team, has left the company.",
            "en");

        Assert.Contains("Sudhakar Velamuri", result.People);
    }

    [Theory]
    [InlineData("fr", "Ardoise Logiciels met fin à son équipe d'éthique de l'IA", "Ardoise Logiciels")]
    [InlineData("it", "Brennero Calcolo crea un gruppo di ricerca sull'allineamento dei modelli di IA", "Brennero Calcolo")]
    [InlineData("pt", "Tejo Dinâmica contrata investigadora para liderar a avaliação de modelos de IA", "Tejo Dinâmica")]
    public void Classify_WhenACompanyEndsInAnotherLanguagesCompanyWord_NamesTheCompanyNotAPerson(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Theory]
    [InlineData("en", "Taavetti Ruusunen Leaves Anthropic's Alignment Team", "Taavetti Ruusunen")]
    [InlineData("nl", "Wairimu Kamau verlaat Anthropic", "Wairimu Kamau")]
    public void Classify_WhenAPersonLeadsAHeadline_NamesThemInTitleCaseOrNot(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, "De onderzoeker vertrekt.", language);

        Assert.Contains(person, result.People);
    }

    [Fact]
    public void Classify_WhenAnEnglishHeadlineIsInTitleCase_NamesOnlyPeopleWithAKnownGivenName()
    {
        var result = SharedClassifier.Instance.Classify("Quenby Works Adds Red Team As Gemini Push Intensifies, Hires Daniel Okafor", string.Empty, "en");

        Assert.Equal(["Daniel Okafor"], result.People);
    }

    [Fact]
    public void Classify_WhenADepartmentIsCapitalised_DoesNotTakeItForAPerson()
    {
        var result = SharedClassifier.Instance.Classify("Pradera fusiona su equipo de ética con Calidad y Cumplimiento", "Marina Ledesma dirigirá el área.", "es");

        Assert.Equal(["Marina Ledesma"], result.People);
    }

    [Fact]
    public void Classify_WhenAHeadlineOpensWithADemonym_DoesNotTakeItForAPersonOrACompany()
    {
        var result = SharedClassifier.Instance.Classify("Espanhola Quimera Datos contrata Lucía Benavente para liderar a equipa de segurança de IA", string.Empty, "pt");

        Assert.DoesNotContain(result.People, p => p.Contains("Espanhola", StringComparison.Ordinal));
        Assert.DoesNotContain("Espanhola", result.Orgs);
    }

    [Theory]
    [InlineData("fr", "Orvane sacrifie-t-il la sûreté ?", "Le départ de la responsable de l'alignement d'Orvane relance les interrogations.", "safety")]
    [InlineData("en", "Orvane's head of alignment quits", "She says safety work was squeezed.", "safety")]
    [InlineData("it", "Orvane, se ne va la responsabile dell'etica dell'IA", "L'azienda non commenta.", "ethics")]
    public void Classify_WhenAJobNamesAFieldOfSafetyWork_KeepsThatKindOfTeamForStories(string language, string title, string summary, string kind)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(kind, result.TeamKinds.Values);
        Assert.Empty(result.Teams);
    }

    [Theory]
    [InlineData("it", "Orvane, un altro addio: lascia anche Leclercq", "Dopo le dimissioni della responsabile dell'allineamento, Orvane perde anche il capo dei test, Tobias Leclercq.")]
    [InlineData("en", "Former head of alignment Sara Achebe joins Orvane as adviser", "She will advise the board.")]
    public void Classify_WhenAJobIsSomeonesPastOrAnEarlierStory_KeepsNoTeamKindForIt(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(result.TeamKinds, pair => pair.Key.Contains("allineamento", StringComparison.Ordinal) || pair.Key.Contains("alignment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("nl", "Bestuurscrisis: wat zit er achter het ontslag?", "Bij Tessaro is de medeoprichter die de veiligheidstests bewaakte aan de kant gezet.", "Tessaro")]
    [InlineData("de", "Verdoppelung der Prüfteams", "Der Zürcher KI-Entwickler Alpenrein stellt 30 Prüferinnen ein.", "Alpenrein")]
    public void Classify_WhenTheLedeSaysWhereOrWhatTheCompanyIs_NamesIt(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("es", "Halvard & Teague reorganiza su equipo de riesgos de frontera", "La firma de IA fusiona el grupo con su departamento de ciberseguridad.", "Halvard & Teague")]
    [InlineData("it", "Zanardelli & Bocchi Calcolo taglia il team di sicurezza dell'IA", "L'azienda riduce il personale.", "Zanardelli & Bocchi Calcolo")]
    [InlineData("de", "Lumora verliert Leiterin der Alignment-Abteilung", "Die Leiterin der Alignment-Abteilung des Start-ups Lumora hat das Unternehmen verlassen.", "Lumora")]
    public void Classify_WhenAFirmIsAPartnershipOrAGermanStartUpInTheGenitive_NamesIt(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("en", "Orvane renames its evaluation team Quality & Reliability", "The AI lab moves it under product.")]
    [InlineData("fr", "Orvane rebaptise son équipe « ML & Society »", "La start-up d'IA l'ouvre à la sûreté des modèles.")]
    [InlineData("de", "Orvane benennt Evaluierungsteam in „Qualität & Zuverlässigkeit“ um", "Das KI-Unternehmen verkleinert das Team.")]
    public void Classify_WhenAQuotedTeamNameJoinsTwoWordsWithAnAmpersand_NamesNoFirm(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(result.Orgs, name => name.Contains('&', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("pt", "Caravela Labs contrata Maria do Carmo dos Reis Vasconcelos para liderar a equipa de alinhamento", "Maria do Carmo dos Reis Vasconcelos")]
    [InlineData("nl", "Kraanvogel Labs: Maarten 't Hooft leidt nieuw veiligheidsteam voor AI", "Maarten 't Hooft")]
    [InlineData("it", "Orsolina: Federica Lo Russo guiderà il team di allineamento dell'IA", "Federica Lo Russo")]
    [InlineData("en", "Kelvanne hires J. R. Okonkwo-Tamsford to run its AI safety unit", "J. R. Okonkwo-Tamsford")]
    [InlineData("de", "KI-Sicherheitschefin Samira El-Khatib verlässt Kelvanne", "Samira El-Khatib")]
    [InlineData("en", "Kelvanne names Karim Al-Masri head of AI safety", "Karim Al-Masri")]
    [InlineData("de", "Leopold von Trautmannsdorf-Ebeid verlässt das KI-Sicherheitsteam von Kelvanne", "Leopold von Trautmannsdorf-Ebeid")]
    [InlineData("en", "Kelvanne's AI policy chief Samuel O'Dwyer-Latchford steps down", "Samuel O'Dwyer-Latchford")]
    [InlineData("en", "Kelvanne hires Dara D'Alessio to lead its alignment team", "Dara D'Alessio")]
    [InlineData("nl", "Noor El Ghazouani vertrekt bij het AI-veiligheidsteam van Kelvanne", "Noor El Ghazouani")]
    [InlineData("it", "La filosofa Ginevra degli Albizzi-Nkemelu lascia il comitato etico di Orsolina", "Ginevra degli Albizzi-Nkemelu")]
    public void Classify_WhenANameHasManyParticlesOrInitials_NamesThePersonWhole(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(person, result.People);
    }

    [Theory]
    [InlineData("fr", "Arrivée de Margaux Roy à la tête de l'équipe d'alignement de Kelvanne", "Margaux Roy")]
    [InlineData("es", "Salida de Ana Gil del equipo de seguridad de IA de Kelvanne", "Ana Gil")]
    public void Classify_WhenAHeadlineOpensWithANounAndAParticleBeforeAName_LeavesThemOut(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal([person], result.People);
    }

    [Theory]
    [InlineData("en", "Kelvanne's alignment chief quits; L'Oréal unaffected", "Oréal")]
    [InlineData("en", "O'Dwyer quits Kelvanne's alignment team", "Dwyer")]
    [InlineData("it", "Il red team di Costa D'Avorio chiude", "Avorio")]
    [InlineData("es", "Tazmora IA despide a Ana Gil el Jueves Santo", "Ana Gil el")]
    [InlineData("it", "Assume Marco Rossi dal Corriere della Sera la guida del team di sicurezza dell'IA", "Corriere")]
    public void Classify_WhenAnApostropheOrAnArticleFollowsNoGivenName_ReadsNoPersonThere(string language, string title, string notAName)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.DoesNotContain(result.People, p => p.Contains(notAName, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("fr", "Portrait de Ysolde Kervran, qui quitte l'équipe d'alignement de Grellmoor", "Ysolde Kervran")]
    [InlineData("es", "Retrato de Tamsin Okafor, que deja el equipo de seguridad de IA", "Tamsin Okafor")]
    public void Classify_WhenAHeadlineOpensWithANounAndAParticleBeforeAnUnlistedName_StillNamesThePerson(string language, string title, string person) =>
        ClassifierAssert.AssertNamesPerson(language, title, person);

    [Theory]
    [InlineData("de", "Die Zwergfalk Systeme GmbH löst ihr KI-Sicherheitsteam auf", "Zwergfalk Systeme GmbH")]
    [InlineData("de", "Zwergfalk Systeme Daten zeigen: KI-Sicherheitsteam verkleinert", "Zwergfalk Systeme")]
    [InlineData("en", "Harrow Systems Inc Research Lead Quits AI Safety Team", "Harrow Systems Inc")]
    [InlineData("de", "Brandhuber & Söhne Digital löst ihr KI-Sicherheitsteam auf", "Brandhuber & Söhne Digital")]
    [InlineData("es", "Quenteval & Ibargoyen Tecnologías disuelve su equipo de seguridad de IA", "Quenteval & Ibargoyen Tecnologías")]
    public void Classify_WhenACompanysNameGoesOnWithCompanyWordsOrALegalForm_NamesItWhole(string language, string title, string org) =>
        ClassifierAssert.AssertNamesOrg(language, title, org);

    [Theory]
    [InlineData("en", "Tollan Bay Intelligence disbands its alignment team", "Tollan Bay Intelligence")]
    [InlineData("en", "The alignment team at Blue Harbor AI is disbanded", "Blue Harbor AI")]
    [InlineData("en", "Startup Cedar Labs disbands its alignment team", "Cedar Labs")]
    [InlineData("de", "Der Entwickler Zwergfalk Systeme löst sein KI-Sicherheitsteam auf", "Zwergfalk Systeme")]
    [InlineData("en", "Wexcombe Labs Research Chief Quits AI Safety Team", "Wexcombe Labs")]
    public void Classify_WhenACoinedNameTakesTwoWords_NamesBothOnlyInEnglish(string language, string title, string org) =>
        ClassifierAssert.AssertNamesOnlyOrgs(language, title, string.Empty, org);

    [Theory]
    [InlineData("it", "Morlacco Tech ingaggia Tullio Varzecchi come capo della sicurezza dei modelli", "Morlacco Tech")]
    [InlineData("es", "Zafral Tech disuelve su equipo de ética de la IA", "Zafral Tech")]
    public void Classify_WhenACoinedNameEndsWithTech_NamesTheCompany(string language, string title, string org) =>
        ClassifierAssert.AssertNamesOrg(language, title, org);

    [Fact]
    public void Classify_WhenADemonymOpensAnOutletsName_NamesNoCompany() =>
        ClassifierAssert.AssertNamesOnlyOrgs(
            "en",
            "Grenvale Labs disbands its alignment team",
            "The lab confirmed the decision on Friday.\n\n© Irish Tech Gazette. All rights reserved.",
            "Grenvale Labs");

    [Theory]
    [InlineData("fr", "Camille d'Arvigny-Marquet rejoint l'équipe d'alignement de Brezzolab", "Camille d'Arvigny-Marquet")]
    [InlineData("pt", "Jurista Luísa d'Avelar entra no comitê de ética em IA da Pitangueira Labs", "Luísa d'Avelar")]
    public void Classify_WhenALowerCaseElidedParticleFollowsAGivenName_KeepsItInTheName(string language, string title, string person) =>
        ClassifierAssert.AssertNamesPerson(language, title, person);

    [Theory]
    [InlineData("en", "Former Grenvale Safety Lead Joins Climate Tech Startup", "Ola Brenn, who led AI safety at Grenvale, has left the lab.", "Grenvale")]
    [InlineData("en", "Kestrel AI Names Ines M. Calderoy Tech Lead of Its Alignment Team", "", "Kestrel AI")]
    public void Classify_WhenTechNamesASectorOrAJob_NamesNoSuchCompany(string language, string title, string summary, string org) =>
        ClassifierAssert.AssertNamesOnlyOrgs(language, title, summary, org);

    [Fact]
    public void Classify_WhenAGivenNameIsAlsoASeason_StillNamesThePerson() =>
        ClassifierAssert.AssertNamesPerson("en", "Grenvale Dynamics alignment chief Summer Okafor resigns over compute", "Summer Okafor");

    [Fact]
    public void Classify_WhenACompanysLegalFormIsAbbreviated_TakesItForNoInitial()
    {
        var result = SharedClassifier.Instance.Classify("Cajuína S.A. extingue núcleo de ética em IA", "A coordenadora Daniela Freire Bastos pede as contas.", "pt");

        Assert.Equal(["Daniela Freire Bastos"], result.People);
    }

    [Fact]
    public void Classify_WhenAFrenchTitleStandsBeforeAName_TakesItForNoInitial()
    {
        var result = SharedClassifier.Instance.Classify("Démission à l'institut de sûreté de l'IA", "M. Roux, directeur de l'institut, quitte ses fonctions ; Claire Dubreuil assure l'intérim.", "fr");

        Assert.Contains("Claire Dubreuil", result.People);
        Assert.DoesNotContain(result.People, person => person.StartsWith("M.", StringComparison.Ordinal) || person == "M Roux");
    }

    [Fact]
    public void Classify_WhenAnInitialOpensASafetyChiefsName_NamesThemByFamilyName()
    {
        var result = SharedClassifier.Instance.Classify("Orvane's safety chief P. Venkataraman resigns", string.Empty, "en");

        Assert.Equal(["Venkataraman"], result.People);
    }

    [Theory]
    [InlineData("en", "Halcyon Reach breaks up its red team as AI launches pile up", "Halcyon Reach")]
    [InlineData("pt", "Cordoaria Norte funde as equipas de avaliação e de red teaming da IA", "Cordoaria Norte")]
    [InlineData("it", "Fonderia Adriatica sposta il red team sotto la ricerca sull'IA", "Fonderia Adriatica")]
    public void Classify_WhenTwoCapitalisedWordsOpenAHeadlineBeforeWhatOnlyAnOrganisationDoes_NamesTheOrganisation(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Fact]
    public void Classify_WhenAPersonOpensAHeadlineBeforeAReorganisation_StillNamesThePerson()
    {
        var result = SharedClassifier.Instance.Classify("Sara Achebe reorganiza el equipo de alineamiento de Orvane", "La responsable de IA reparte el grupo en tres.", "es");

        Assert.Contains("Sara Achebe", result.People);
    }

    [Theory]
    [InlineData("Orvane löst KI-Sicherheitsteam auf", "Damit wird die Sicherheitspolitik des Unternehmens Gegenstand heftiger Kritik.", "Gegenstand")]
    [InlineData("Orvane löst KI-Sicherheitsteam auf", "Zuvor hatte die Führung des Konzerns Druck auf das Team ausgeübt.", "Druck")]
    public void Classify_WhenAGermanGenitiveCompanyNounIsFollowedByANoun_NamesNoCompany(string title, string summary, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, "de");

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("Frühere Richterin soll Sicherheitsausschuss von Quellwald leiten", "Der Aufsichtsrat des Berliner Softwarehauses Quellwald hat sie in das Gremium berufen, das über neue KI-Modelle wacht.", "Quellwald")]
    public void Classify_WhenAGermanGenitiveCompanyNounNamesACompanyTheTextNamesAgain_NamesIt(string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, "de");

        Assert.Contains(org, result.Orgs);
    }

    [Theory]
    [InlineData("Orvane baut Schnittstelle für KI-Sicherheitstests", "Die Firma öffnet ihre Modelle für Prüfer.")]
    [InlineData("Land plant ein Forschungszentrum für KI-Sicherheit", "Der Standort ist noch offen.")]
    [InlineData("Leiterin des Marlow Institute for AI Safety tritt zurück", "Sie geht nach drei Jahren.")]
    public void Classify_WhenAGermanWordOnlyLooksLikeABodysCompound_NamesNoBodyByIt(string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, "de");

        Assert.DoesNotContain(result.Orgs, org => org.StartsWith("Schnittstelle", StringComparison.Ordinal) || org.StartsWith("Forschungszentrum", StringComparison.Ordinal) || org == "Institute for AI Safety");
    }

    [Fact]
    public void Classify_WhenAPersonJoinsACompanyNamedInOneWord_StillNamesThePerson()
    {
        var result = SharedClassifier.Instance.Classify("Keoni Halemano rejoint Vantrell pour piloter la sécurité des modèles", "L'ancien responsable prend la tête de l'unité de sûreté de l'IA.", "fr");

        Assert.DoesNotContain("Keoni Halemano", result.Orgs);
        Assert.Contains("Keoni Halemano", result.People);
    }

    [Theory]
    [InlineData("en", "Tamsin Okafor launches AI safety nonprofit", "The former OpenAI researcher will lead it.", "Tamsin Okafor")]
    [InlineData("pt", "Iara Figueiredo funda instituto de segurança da IA", "A pesquisadora deixa a universidade para dirigi-lo.", "Iara Figueiredo")]
    public void Classify_WhenAPersonFoundsSomething_StillNamesThePerson(string language, string title, string summary, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(person, result.Orgs);
        Assert.Contains(person, result.People);
    }

    [Theory]
    [InlineData("en", "Sara Achebe joins Harrow & Finch to lead AI safety", "The AI firm hires her from Orvane.")]
    [InlineData("de", "Sara Achebe wechselt zu Harrow & Finch", "Die KI-Firma holt die Sicherheitsforscherin.")]
    public void Classify_WhenSomeoneMovesToAPartnership_NamesTheFirm(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains("Harrow & Finch", result.Orgs);
    }

    [Fact]
    public void Classify_WhenAGermanGenitiveIsFollowedByANounTheTextRepeatsWithItsArticle_NamesNoCompany()
    {
        var result = SharedClassifier.Instance.Classify("Orvane löst KI-Sicherheitsteam auf", "Zuvor hatte die Führung des Konzerns Druck auf das Team ausgeübt. Der Druck kam von Investoren.", "de");

        Assert.DoesNotContain("Druck", result.Orgs);
    }

    [Theory]
    [InlineData("de", "Kaskadia Intelligenz reserviert 15 Prozent ihrer Rechenleistung für Sicherheit", "Kaskadia Intelligenz")]
    [InlineData("es", "Albatroz Cognitiva recorta el presupuesto de su equipo de ética de la IA", "Albatroz Cognitiva")]
    public void Classify_WhenACoinedNameEndsInIntelligenzOrCognitiva_NamesTheCompanyNotAPerson(string language, string title, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Fact]
    public void Classify_WhenAnInitialIsALetterThatIsAlsoAWord_StillNamesThePerson()
    {
        var result = SharedClassifier.Instance.Classify("Kaskadia crée une unité dédiée aux risques de l'IA", "L'unité est confiée à O. Lehtivaara.", "fr");

        Assert.Contains("Lehtivaara", result.People);
    }

    [Fact]
    public void Classify_WhenATeamIsNamedInAClauseAboutWhatCameBefore_FilesNothingUnderIt()
    {
        var result = SharedClassifier.Instance.Classify("Corvish Labs trims alignment budget by a third", "A week after unveiling a new red team, Corvish Labs has cut its alignment team's budget by 30%.", "en");

        Assert.DoesNotContain("evaluation", result.TeamKinds.Values);
        Assert.Contains("safety", result.TeamKinds.Values);
    }

    [Fact]
    public void Classify_WhenADutchTeamIsDescribedAfterASeparableVerbsParticle_KeepsItsKind()
    {
        var result = SharedClassifier.Instance.Classify("Tollens Wharf schrapt eigen testteam", "Tollens Wharf heft het team op dat zijn eigen modellen aanviel om zwakke plekken te vinden.", "nl");

        Assert.Contains("evaluation", result.TeamKinds.Values);
    }

    [Theory]
    [InlineData("de", "Anna Weber wechselt nach London ins KI-Sicherheitsteam von DeepMind")]
    [InlineData("nl", "Na twee jaar heft Mistral zijn AI-veiligheidsteam op")]
    public void Classify_WhenAfterGoesToAPlaceOrMeasuresTime_KeepsTheTeamsKind(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains("safety", result.TeamKinds.Values);
    }

    [Theory]
    [InlineData("de", "Leiter des Red Teams verlässt Quennora Anvil", "Der Leiter des Red Teams beim KI-Entwickler Quennora Anvil hört auf. Quennora Anvil bestätigte den Abgang.", "Quennora Anvil")]
    [InlineData("en", "Red-team head quits", "The head of the red team at the AI developer Quennora Anvil is leaving, the company said.", "Quennora Anvil")]
    public void Classify_WhenACompanyNounIntroducesATwoWordName_NamesTheCompany(string language, string title, string summary, string org) =>
        Assert.Contains(org, SharedClassifier.Instance.Classify(title, summary, language).Orgs);

    [Fact]
    public void Classify_WhenAGermanCompanyNounIsFollowedByTwoNounsSaidOnce_NamesNoPair() =>
        Assert.DoesNotContain("Kestrel Mitarbeiter", SharedClassifier.Instance.Classify("Umbau bei Kestrel", "Beim KI-Anbieter Kestrel Mitarbeiter entlassen.", "de").Orgs);

    [Fact]
    public void Classify_WhenAGermanCompoundCompanyNounInTheGenitiveIntroducesANameSaidAgain_NamesTheCompany() =>
        Assert.Contains("Kornwinde", SharedClassifier.Instance.Classify("Kornwinde: Sicherheitsteam bekam weniger Rechenleistung", "Das Sicherheitsteam des KI-Anbieters Kornwinde erhielt nur drei Prozent.", "de").Orgs);

    [Fact]
    public void Classify_WhenATitleCaseHeadlineCapitalisesTheWordAfterAName_NamesNoPair() =>
        Assert.DoesNotContain("Kestrel Abruptly", SharedClassifier.Instance.Classify("Mara Quill Leaves AI Startup Kestrel Abruptly", "She led the alignment team.", "en").Orgs);

    [Fact]
    public void Classify_WhenACompanyNameEndsInEvals_NamesTheCompany()
    {
        var result = SharedClassifier.Instance.Classify("Quorvane's head of alignment Mia Brennwick leaves for Kelvanne Evals", "Brennwick led the lab's AI safety team for three years.", "en");

        Assert.Contains("Kelvanne Evals", result.Orgs);
        Assert.DoesNotContain("Kelvanne Evals", result.People);
    }

    [Theory]
    [InlineData("en", "Brisklane disbands its alignment team", "Brisklane, a London start-up, told the nine researchers on Monday.", "Brisklane")]
    [InlineData("en", "Chile sets up a national AI evaluation agency", "Chile has created Kalvorin, a government agency that will audit frontier AI models.", "Kalvorin")]
    [InlineData("fr", "Une fondation auditera les modèles d'IA", "Kalvorin, une fondation publique qui auditera les grands modèles d'IA, a été créée lundi.", "Kalvorin")]
    [InlineData("de", "Stiftung gründet Prüfgruppe für KI-Modelle", "Kalvorin, eine gemeinnützige Stiftung aus Hamburg, baut eine Gruppe für KI-Sicherheit auf.", "Kalvorin")]
    public void Classify_WhenAnAppositionCallsANameACompanyOrAnInstitution_NamesTheOrganisation(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Theory]
    [InlineData("en", "Quorvane's alignment lead quits", "Brennwick, a researcher at the lab since 2022, resigned on Monday.", "Brennwick")]
    [InlineData("en", "Alignment lead quits", "Mia Tamsqvist, a lab veteran, resigned from the superalignment team on Monday.", "Tamsqvist")]
    [InlineData("en", "Superalignment researcher quits", "Reyvik, a startup founder turned researcher, left the team on Friday.", "Reyvik")]
    [InlineData("pt", "Pesquisadora de segurança de IA deixa a Brisklane", "Marquesini, uma pesquisadora do laboratório desde 2020, deixou a equipe de alinhamento.", "Marquesini")]
    [InlineData("nl", "Hoofd AI-veiligheid van Kelvanne stapt op", "Dekkerhout, een onderzoeker van het lab sinds 2019, verlaat het alignmentteam per 1 juni.", "Dekkerhout")]
    [InlineData("de", "KI-Sicherheitschefin verlässt Ostravel", "Brennskog, eine langjährige Labor-Mitarbeiterin, verlässt das Alignment-Team zum Monatsende.", "Brennskog")]
    [InlineData("fr", "Un institut de sûreté de l'IA s'installera à Morvenne", "Morvenne, un centre industriel du nord, accueillera l'institut public créé pour évaluer les modèles d'IA.", "Morvenne")]
    [InlineData("en", "Government picks Marrowcombe for new AI safety institute", "Marrowcombe, a financial centre in the north, will host the institute.", "Marrowcombe")]
    public void Classify_WhenAnAppositionDescribesAPersonOrATown_DoesNotNameAnOrganisation(string language, string title, string summary, string notAnOrg)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(notAnOrg, result.Orgs);
    }

    [Theory]
    [InlineData("fr", "La responsable de l'alignement de Quorvane démissionne", "Claire Varennet, une ancienne du laboratoire public Kalvorin, quitte l'équipe d'alignement.", "Claire Varennet")]
    [InlineData("it", "Lascia la responsabile della sicurezza dell'IA di Quorvane", "Giulia Valtorni, una ricercatrice del laboratorio, ha lasciato lunedì il team di allineamento.", "Giulia Valtorni")]
    public void Classify_WhenAnAppositionFollowsAPersonsFullName_StillNamesThePerson(string language, string title, string summary, string person) =>
        Assert.Contains(person, SharedClassifier.Instance.Classify(title, summary, language).People);

    [Theory]
    [InlineData("fr", "Quorvane dissout son équipe rouge", "Les modèles d'IA de Quorvane ne seront plus testés avant leur sortie.", "équipe rouge")]
    [InlineData("fr", "Quorvane dissout sa red team", "Les modèles d'IA de Quorvane ne seront plus testés avant leur sortie.", "red team")]
    [InlineData("es", "Quorvane disuelve su red team", "Los modelos de IA de Quorvane ya no se probarán antes de salir.", "red team")]
    public void Classify_WhenATeamsWorkPhraseHoldsAnAccentedOrBorrowedTeamWord_NamesTheTeam(string language, string title, string summary, string team) =>
        Assert.Contains(team, SharedClassifier.Instance.Classify(title, summary, language).Teams);
}
