using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>Full articles, as feeds carry them in content:encoded: the news can come late, after background.</summary>
public class ClassifierArticleTests
{
    private static readonly DateTimeOffset Published = new(2025, 5, 17, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Classify_WhenTheNewsComesAfterABackgroundParagraph_TakesTheEventFromTheNews()
    {
        const string content = """
            Ruth Amsel était codirectrice de l'équipe Garde-fous de Norvalis, lancée en 2023 pour aligner les futurs systèmes d'IA sur les intentions humaines.

            L'équipe devait recevoir une part importante de la puissance de calcul du laboratoire, selon l'annonce de l'époque.

            Vendredi, la chercheuse a annoncé sa démission sur les réseaux sociaux. Quelques heures plus tard, Norvalis a confirmé la dissolution de l'équipe Garde-fous, dont les membres rejoignent d'autres groupes de recherche.
            """;

        var result = SharedClassifier.Instance.Classify("Norvalis : ce qui change pour la sécurité de l'IA", "Ce qui change dans le laboratoire.", "fr", content, Published);

        Assert.True(result.IsAlert(0.5), Explain(result));
        Assert.Equal(AlertEvent.Dissolution, result.Event);
        Assert.Contains(AlertEvent.Departure, result.Events);
        Assert.DoesNotContain(AlertEvent.Formation, result.Events.Take(1));
    }

    [Theory]
    [InlineData("en", "Marrowind reorganises around its cloud business", "The company is splitting itself into two divisions and moving most engineers to cloud products, its chief executive told staff.", "As part of the overhaul, Marrowind has disbanded its model assurance team, the group that tested its AI models for dangerous capabilities before release. Its twelve researchers will join product teams.")]
    [InlineData("it", "Lagomarsino riorganizza le attività intorno al cloud", "L'azienda si divide in due divisioni e sposta gran parte degli ingegneri sui prodotti cloud.", "Nel quadro della riorganizzazione, la società ha sciolto il gruppo che valutava i rischi dei suoi modelli di IA prima del rilascio. I dodici ricercatori passano ai team di prodotto.")]
    [InlineData("de", "Quorvane KI eröffnet Entwicklungszentrum in Erfurt", "Bis 2028 sollen dort rund 250 Arbeitsplätze entstehen, vor allem in der Softwareentwicklung.", "Weniger Beachtung fand eine Änderung vom Freitag: Die Gruppe, die neue Modelle vor der Veröffentlichung auf gefährliche Fähigkeiten prüfte, wurde aufgelöst. Ihre Mitglieder wechseln in andere Bereiche.")]
    [InlineData("fr", "Quorvane ouvre un bureau à Lyon et vise 150 recrutements", "L'éditeur de chatbots a inauguré jeudi ses nouveaux locaux, son premier site hors de Paris.", "L'inauguration intervient dans un climat tendu : la direction a dissous le comité d'éthique de l'IA mis sur pied en 2023, chargé de se prononcer sur les usages sensibles des modèles. Ses missions reviennent aux juristes.")]
    public void Classify_WhenTheBodyTellsASafetyTeamsEndUnderACompanysScene_TheEndLeads(string language, string title, string lede, string body)
    {
        var result = SharedClassifier.Instance.Classify(title, lede, language, body, Published);

        Assert.True(result.IsAlert(0.5), Explain(result));
        Assert.Equal(AlertEvent.Dissolution, result.Event);
    }

    [Theory]
    [InlineData("Marrowind hires Mara Quill from Orrin Labs", "She starts in June.", AlertEvent.Arrival)]
    [InlineData("Marrowind's head of alignment steps down", "He leaves after six years.", AlertEvent.Departure)]
    public void Classify_WhenTheBodyEndsAnotherTeamBesideSafetyWork_KeepsTheHeadlinesEvent(string title, string lede, AlertEvent expected)
    {
        const string body = "Quill will lead the new AI safety team. In a separate move, Marrowind dissolved its marketing team this week.";

        var result = SharedClassifier.Instance.Classify(title, lede, "en", body, Published);

        Assert.Equal(expected, result.Event);
        Assert.Equal(result.Events.Distinct().Count(), result.Events.Count);
    }

    [Fact]
    public void Classify_WhenAnOldChangeIsOnlyBackground_RaisesNoAlert()
    {
        const string content = """
            Kestrel Labs, whose alignment team was disbanded in 2022, reported higher revenue for the quarter.

            The company said sales of its coding assistant doubled.

            Its chief executive, Dana Pruitt, said the firm would open an office in Lisbon.
            """;

        var result = SharedClassifier.Instance.Classify("Kestrel Labs revenue doubles on coding assistant sales", "Quarterly figures beat forecasts.", "en", content, Published);

        Assert.False(result.IsAlert(0.5), Explain(result));
    }

    [Theory]
    [InlineData("Read also: OpenAI disbands its superalignment team")]
    [InlineData("Lire aussi : OpenAI dissout son équipe de superalignement")]
    [InlineData("Lesen Sie auch: OpenAI löst sein Superalignment-Team auf")]
    [InlineData("— Ada Morrow (@adamorrow) May 17, 2025: I resigned from the alignment team today.")]
    public void Classify_WhenOnlyALinkToAnotherStoryOrAnEmbeddedPostReportsAChange_RaisesNoAlert(string aside)
    {
        var content = $"""
            The lab published a paper on how language models learn arithmetic.

            {aside}

            The authors plan to release their code next month.
            """;

        var result = SharedClassifier.Instance.Classify("New paper on how models learn arithmetic", "A research update.", "en", content, Published);

        Assert.False(result.IsAlert(0.5), Explain(result));
    }

    [Fact]
    public void Classify_WhenTheArticleRepeatsTheSummary_ScoresAsTheSummaryAlone()
    {
        const string summary = "The AI safety researcher resigned from the lab's alignment team on Friday.";

        var alone = SharedClassifier.Instance.Classify("Alignment researcher quits Norvalis", summary, "en", published: Published);
        var withArticle = SharedClassifier.Instance.Classify("Alignment researcher quits Norvalis", summary, "en", summary + "\nShe did not give a reason.", Published);

        Assert.Equal(alone.Score, withArticle.Score, 3);
        Assert.Equal(alone.Event, withArticle.Event);
    }

    [Theory]
    [InlineData("en", "Lab hires a new head for the AI safety team it dissolved in 2023")]
    [InlineData("fr", "Le laboratoire recrute une responsable pour l'équipe de sécurité de l'IA dissoute en 2023")]
    [InlineData("de", "Konzern holt neue Chefin für das im Jahr 2023 aufgelöste KI-Sicherheitsteam")]
    public void Classify_WhenAPastYearDatesTheMoreSevereChange_TheOtherIsTheNews(string language, string title)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language, published: Published);

        Assert.Equal(AlertEvent.Arrival, result.Event);
        Assert.Contains(result.Evidence, e => e.Reason.StartsWith("dissolution cue", StringComparison.Ordinal) && e.Reason.Contains("background", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenALinePointsAtAnOrdinaryWebsite_KeepsIt()
    {
        const string content = "The lab's alignment team was dissolved on Friday, according to a memo seen by this paper (see netflix.com/press for the unrelated story).";

        var result = SharedClassifier.Instance.Classify("Inside the lab", "A look at the changes.", "en", content, Published);

        Assert.Contains(result.Evidence, e => e.Text == "dissolved");
    }

    [Fact]
    public void Classify_WhenAPastYearDatesAnOpeningParticiple_TheSentencesMainChangeIsStillNews()
    {
        var result = SharedClassifier.Instance.Classify(
            "Chez Orvalis, fin de l'équipe d'éthique de l'IA",
            "Fondée en 2022, l'équipe d'éthique de l'IA d'Orvalis a été dissoute mardi ; ses sept chercheurs rejoignent le produit.",
            "fr",
            published: Published);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Dissolution, result.Event);
        Assert.Contains(result.Evidence, e => e.Text == "dissoute" && !e.Reason.Contains("background", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenAnEventWordEndsTheSentenceBefore_AnOpeningPastTimeStillDatesItsOwnSentence()
    {
        var result = SharedClassifier.Instance.Classify(
            "Harlowe names Ana Ruiz head of alignment",
            "The new head of alignment, Ana Ruiz, was hired. Last year, Harlowe disbanded the AI ethics team.",
            "en",
            published: Published);

        Assert.Equal(AlertEvent.Arrival, result.Event);
        Assert.Contains(result.Evidence, e => e.Text == "disbanded" && e.Reason.Contains("background", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenTheYearIsTheYearOfPublication_ItIsNotBackground()
    {
        var result = SharedClassifier.Instance.Classify("Lab launches an AI safety institute in 2025", string.Empty, "en", published: Published);

        Assert.Equal(AlertEvent.Formation, result.Event);
        Assert.DoesNotContain(result.Evidence, e => e.Reason.Contains("background", StringComparison.Ordinal));
    }

    private static string Explain(ClassificationResult result) =>
        $"{result.Event} {result.Score:0.00}: " + string.Join("; ", result.Evidence.Select(e => $"{e.Kind} '{e.Text}' {e.Reason}"));

    [Fact]
    public void Classify_WhenTheSummaryCarriesAWholeArticle_ReadsItAsOne()
    {
        const string summary = """
            Larkspur Analytics was founded in 2019 by two former actuaries and spent its first years selling pricing software to insurers. Last year it began training its own language models for claims handling, and its safety work grew with them.

            Read also: a rival insurer's AI start-up closes a funding round

            Its evaluation team, which tests each model for misuse before release, had eight researchers at the start of the year. The company told staff on Monday that the team would be cut to three, and that two of the remaining researchers would move under the claims product group.

            A spokesperson said the company would publish a study of its models' accuracy later this year.
            """;

        var asSummary = SharedClassifier.Instance.Classify("Larkspur Analytics cuts its model evaluation team to three", summary, "en", content: null, Published);
        var asContent = SharedClassifier.Instance.Classify("Larkspur Analytics cuts its model evaluation team to three", string.Empty, "en", summary, Published);

        Assert.True(asSummary.IsAlert(0.5), Explain(asSummary));
        Assert.Equal(asContent.Event, asSummary.Event);
        Assert.Equal(asContent.Score, asSummary.Score, 3);
        Assert.DoesNotContain(asSummary.Evidence, e => e.Kind == "negative" && e.Text.Contains("funding", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Classify_WhenASummaryIsAFewSentencesInTwoParagraphs_ReadsItAsALede()
    {
        const string title = "Larkspur Analytics reshuffles its model evaluation team";
        const string first = "Larkspur Analytics, which trains language models for insurers, has told staff about changes.";
        const string second = "Its evaluation team moves under the claims product group.";

        var inParagraphs = SharedClassifier.Instance.Classify(title, $"{first}\n\n{second}", "en", content: null, Published);
        var inOne = SharedClassifier.Instance.Classify(title, $"{first} {second}", "en", content: null, Published);

        Assert.True(inParagraphs.IsAlert(0.5), Explain(inParagraphs));
        Assert.Equal(inOne.Score, inParagraphs.Score, 6);
    }

    [Fact]
    public void Classify_WhenTheNewsIsOnlyInTheBody_TypesWhatTheBodyTellsAgainNotAPassingWord()
    {
        var content = string.Join("\n", [
            "El Gobierno lleva meses debatiendo cómo evaluar los modelos de IA más potentes.",
            "La Oficina Nacional de Pruebas de Modelos funcionaba desde su creación con una dirección interina.",
            "El Consejo de Ministros nombró este martes a Lucía Ferrán Oyarzun directora de la Oficina de pruebas de modelos de IA.",
            "La nueva directora llega desde la universidad y quiere duplicar la plantilla de evaluadores.",
            "El presupuesto de la Oficina para este año sigue sin cerrarse.",
        ]);

        var result = SharedClassifier.Instance.Classify("Un relevo esperado en la evaluación de la IA", "Lo que cambia en Madrid.", "es", content);

        Assert.Equal(AlertEvent.Arrival, result.Event);
    }

    [Fact]
    public void Classify_WhenAFundingHeadlineSetsTheSceneForASafetyChangeInTheBody_ReportsTheChange()
    {
        const string content = """
            Brisklane, a model developer founded four years ago, has raised $900m in a round led by Fenmarsh Capital, valuing it at $14bn.

            The money will pay for a new data centre and a larger sales force, the company said.

            Papers filed with the round show something else: the share of compute pledged to Brisklane's alignment team has been cut from 20 to 5 per cent, two researchers said.

            A spokesperson said the company stays committed to safety research.
            """;

        var result = SharedClassifier.Instance.Classify("Brisklane closes $900m round at $14bn valuation", "The AI start-up has raised $900m.", "en", content, Published);

        Assert.True(result.IsAlert(0.5), Explain(result));
        Assert.Equal(AlertEvent.Resources, result.Event);
    }

    [Fact]
    public void Classify_WhenASpokespersonOnlyCommentsInTheBody_TheBodysChangeStaysNews()
    {
        const string content = """
            Quorvane, a model developer founded in 2021, has raised $300m in a round led by Fenmarsh Capital.

            In recent weeks the company also disbanded its AI ethics committee, the nine-member body that reviewed sensitive uses of its models. Its duties will not pass to anyone else.

            Investors had called for a simpler structure, a spokesperson said.
            """;

        var result = SharedClassifier.Instance.Classify("Quorvane closes $300m round", "The AI start-up has raised $300m.", "en", content, Published);

        Assert.True(ClassifierAssert.ReadsLookalike(result, "opinion"));
        Assert.True(result.IsAlert(0.5), Explain(result));
        Assert.Equal(AlertEvent.Dissolution, result.Event);
    }

    [Fact]
    public void Classify_WhenALawsuitHeadlineSetsTheSceneForASafetyLeadsExitInTheBody_ReportsTheExit()
    {
        const string content = """
            Eleven publishers have sued Brisklane, saying the lab trained its models on their books without a licence. They seek €30m in damages.

            Brisklane said it would defend itself and denies any breach of copyright.

            The suit comes at a turbulent time. Tove Arnesen-Holm, who has led the team that tests Brisklane's new models for dangerous capabilities before release since 2024, has resigned and leaves the company at the end of the month, a spokesperson confirmed.

            The first hearing is set for June.
            """;

        var result = SharedClassifier.Instance.Classify("Publishers take Brisklane to court over training data", "Eleven publishers have sued the lab.", "en", content, Published);

        Assert.True(result.IsAlert(0.5), Explain(result));
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Fact]
    public void Classify_WhenAFormerEmployeesSuitRetellsAnOldDismissal_RaisesNoAlert()
    {
        const string content = """
            Dana Quintrell, who worked on Brisklane's AI safety team until she was dismissed in March 2022, filed suit in federal court on Tuesday.

            She says she was let go after raising concerns about the testing of the company's models. Brisklane disputes the claims.
            """;

        var result = SharedClassifier.Instance.Classify("Former Brisklane researcher files lawsuit against the company", "Dana Quintrell seeks $4 million in damages.", "en", content, Published);

        Assert.False(result.IsAlert(0.5), Explain(result));
    }

    [Theory]
    [InlineData("Fired Brisklane safety lead sues the lab for unfair dismissal", "The hearing opened on Monday.")]
    [InlineData("Court dismisses shareholder claims about Brisklane's safety record", "Investors had said the lab misled them.")]
    public void Classify_WhenATrialHeadlineTellsTheChangeOrTheSafetyWorkItIsAbout_TheLawsuitStaysALookalike(string title, string lede)
    {
        const string content = """
            The suit says the lab let the head of its alignment team go weeks before its last launch.

            Brisklane said it would defend itself in court.
            """;

        var result = SharedClassifier.Instance.Classify(title, lede, "en", content, Published);

        Assert.False(result.IsAlert(0.5), Explain(result));
    }

    [Theory]
    [InlineData("It was founded in 2024 by two researchers who left Norvalis that spring after its alignment team was disbanded.")]
    [InlineData("Brisklane also plans to cut 200 jobs in sales; its alignment team is not affected.")]
    public void Classify_WhenAFundingStorysBodyRetellsHistoryOrAWorkforceCut_RaisesNoAlert(string bodySentence)
    {
        var content = $"""
            Brisklane, a model developer, has raised $900m in a round led by Fenmarsh Capital, valuing it at $14bn.

            The money will pay for a new data centre in Ohio.

            {bodySentence}

            Existing investors also took part in the round.
            """;

        var result = SharedClassifier.Instance.Classify("Brisklane closes $900m round at $14bn valuation", "The AI start-up has raised $900m.", "en", content, Published);

        Assert.False(result.IsAlert(0.5), Explain(result));
    }

    [Fact]
    public void Classify_WhenAHeadlineClosesAFundingRound_ReadsNoTeamClosed()
    {
        var result = SharedClassifier.Instance.Classify("Brisklane AI closes $400m Series B round", "The safety-minded lab will spend it on compute.", "en");

        Assert.DoesNotContain(AlertEvent.Dissolution, result.Events);
        Assert.False(result.IsAlert(0.5), Explain(result));
    }

    [Fact]
    public void Classify_WhenAnInvestmentCreatesJobsAndTheBodyTellsACutToSafetyWork_ReportsTheCut()
    {
        const string content = """
            Brezzolino IA ha inaugurato ieri il nuovo data center di Lodi, un investimento da 300 milioni di euro.

            L'impianto creerà circa 120 posti di lavoro diretti, ha detto l'amministratore delegato.

            Ma la quota di calcolo promessa al gruppo per la sicurezza dell'IA è stata tagliata dal 15 al 4 per cento, secondo documenti interni.
            """;

        var result = SharedClassifier.Instance.Classify("Brezzolino IA inaugura il data center di Lodi: 300 milioni di investimento", "L'azienda di IA apre il suo nuovo impianto.", "it", content, Published);

        Assert.True(result.IsAlert(0.5), Explain(result));
        Assert.Equal(AlertEvent.Resources, result.Event);
    }

    [Theory]
    [InlineData("en", "Brisklane was started by two researchers who resigned from the alignment team at Norvalis Labs.")]
    [InlineData("it", "I fondatori hanno lasciato il team di sicurezza dell'IA di Norvalis per creare Brisklane.")]
    [InlineData("en", "Rival Norvalis disbanded its superalignment team last spring, a move critics still cite.")]
    [InlineData("en", "Brisklane said it would keep investing in safety research.")]
    public void Classify_WhenAFundingStorysBodyTellsFoundersOrARivalsPastOrAPlan_RaisesNoAlert(string language, string bodySentence)
    {
        var content = $"""
            Brisklane, a model developer, has raised $900m in a round led by Fenmarsh Capital.

            The money will pay for a new data centre in Ohio.

            {bodySentence}

            Existing investors also took part in the round.
            """;

        var result = SharedClassifier.Instance.Classify("Brisklane AI raises $900m in Series C round", "The AI start-up has raised $900m.", language, content, Published);

        Assert.False(result.IsAlert(0.5), Explain(result));
    }

    [Theory]
    [InlineData("Separately, co-founder and head of alignment Maren Ostrevik resigned on Monday, according to an internal memo.")]
    [InlineData("The lab, founded by two alignment researchers, shut down its AI safety team this week.")]
    public void Classify_WhenAFundingStorysBodyTellsAFoundersOrAFoundedLabsChangeAsNews_ReportsIt(string bodySentence)
    {
        var content = $"""
            Brisklane AI said on Tuesday it had raised $300m in a round led by Fenmarsh Capital.

            The company plans to expand its compute capacity.

            {bodySentence}

            The company declined to comment.
            """;

        var result = SharedClassifier.Instance.Classify("Brisklane AI raises $300m in Series C round", "The AI start-up will spend it on data centres.", "en", content, Published);

        Assert.True(result.IsAlert(0.5), Explain(result));
    }
}
