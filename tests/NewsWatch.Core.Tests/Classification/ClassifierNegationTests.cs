using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>A change its own sentence negates did not happen; "no longer" and "not only" still tell one.</summary>
public class ClassifierNegationTests
{
    [Theory]
    [InlineData("en", "Harnwold says its alignment team will not be disbanded", "A spokesperson said the twelve researchers stay where they are.")]
    [InlineData("en", "Harnwold won't disband its alignment team", "A spokesperson said the twelve researchers stay where they are.")]
    [InlineData("it", "Grisetti AI: «Il nostro team di red teaming non chiude»", "La responsabile del gruppo che testa i modelli annuncia nuove assunzioni.")]
    [InlineData("es", "Albaterra asegura que su equipo de seguridad de la IA no será disuelto", "La empresa mantiene a los doce investigadores del grupo.")]
    [InlineData("fr", "Corbelle assure que son équipe de sûreté de l'IA ne sera pas dissoute", "Le laboratoire garde les douze chercheurs du groupe.")]
    [InlineData("de", "Haldenau löst sein KI-Sicherheitsteam nicht auf", "Das Labor behält alle zwölf Forschenden der Gruppe.")]
    public void Classify_WhenTheHeadlineNegatesItsChange_ReturnsNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
    }

    [Theory]
    [InlineData("pt", "Ipanema IA nega que vá desmontar equipe de segurança de modelos", "Uma newsletter especializada informou que a empresa encerraria o grupo; a companhia chama a notícia de falsa.")]
    [InlineData("it", "Brughiera AI smentisce: «Il team di sicurezza dei modelli non chiude»", "Una newsletter aveva annunciato lo smantellamento del gruppo; l'azienda parla di notizia infondata.")]
    [InlineData("en", "Quernholt denies report it will wind down alignment work", "The lab on Tuesday rejected a newsletter's claim that it planned to close its alignment team, calling it false.")]
    [InlineData("pt", "Jatobá desmente notícia sobre sua equipe de segurança de IA", "A empresa negou reportagem segundo a qual encerraria a equipe; o grupo mantém os mesmos oito pesquisadores.")]
    public void Classify_WhenTheHeadlineDeniesAndTheLedeRetellsTheRumour_ReturnsNoAlert(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.False(result.IsAlert(0.5), $"alert {result.Event} at {result.Score:0.00} for '{title}'");
    }

    [Fact]
    public void Classify_WhenTheHeadlineDeniesButTheLedeTellsANamedMove_ReportsTheMove()
    {
        var result = SharedClassifier.Instance.Classify(
            "Harlowe dementiert Bericht über KI-Sicherheitsteam",
            "Das Unternehmen bestätigte jedoch, dass die Leiterin des Teams, Anna Roth, am Freitag zurückgetreten ist.",
            "de");

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00})");
        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("en", "Alignment lead at Quernwood not only resigned but went public", "She said the lab's safety team had been sidelined.", AlertEvent.Departure)]
    [InlineData("fr", "Telmaris recrute pas moins de vingt chercheurs en sécurité de l'IA", "Ils rejoindront l'équipe d'alignement.", AlertEvent.Arrival)]
    [InlineData("en", "AT&T disbands its AI safety team", "The group's eight researchers were let go.", AlertEvent.Dissolution)]
    [InlineData("fr", "Le responsable de l'alignement de Sorbelle n'est plus à la tête de l'équipe et quitte le laboratoire", "Il était chargé de la sécurité des modèles.", AlertEvent.Departure)]
    public void Classify_WhenTheNegationUndoesItself_StillTellsTheChange(string language, string title, string summary, AlertEvent expected)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"no alert ({result.Event} at {result.Score:0.00}) for '{title}'");
        Assert.Equal(expected, result.Event);
    }

    [Theory]
    [InlineData("de", "Die KI-Sicherheitschefin von Quorvane will zu Ostravel wechseln")]
    [InlineData("de", "Die KI-Sicherheitsforscher von Quorvane könnten zu Ostravel wechseln")]
    [InlineData("en", "Quorvane's AI safety chief could leave the company")]
    [InlineData("fr", "La responsable de la sécurité de l'IA de Quorvane pourrait quitter l'entreprise")]
    [InlineData("es", "La responsable de seguridad de IA de Quorvane podría dejar la empresa")]
    [InlineData("nl", "Het AI-veiligheidsteam van Quorvane zou worden opgeheven")]
    public void Classify_WhenAModalOfWishOrPossibilityOpensTheChangesClause_RaisesNoAlert(string language, string title) =>
        ClassifierAssert.AssertNoAlert(language, title, string.Empty);

    [Theory]
    [InlineData("de", "Das KI-Sicherheitsteam von Quorvane wurde aufgelöst", AlertEvent.Dissolution)]
    [InlineData("de", "Quorvane-Chefin: Die KI-Sicherheitsforscherin soll das neue Team leiten", AlertEvent.Arrival)]
    [InlineData("en", "Quorvane said it would close its AI safety team", AlertEvent.Dissolution)]
    [InlineData("de", "Will Brennwick verlässt das KI-Sicherheitsteam von Quorvane", AlertEvent.Departure)]
    [InlineData("nl", "Onderzoeker Jan Kan vertrekt bij het AI-veiligheidsteam van Quorvane", AlertEvent.Departure)]
    [InlineData("en", "Quorvane safety researchers who may face visa delays quit its alignment team", AlertEvent.Departure)]
    [InlineData("de", "Quorvane-Chef will nicht länger warten und löst das KI-Sicherheitsteam auf", AlertEvent.Dissolution)]
    [InlineData("fr", "Ce que veut dire le départ de la responsable de la sécurité de l'IA de Quorvane", AlertEvent.Departure)]
    [InlineData("de", "KI-Sicherheitschef Jonas Brennwick tritt zurück Ende März", AlertEvent.Departure)]
    public void Classify_WhenAPassiveAnAnnouncementOrReportedSpeechTellsTheChange_ItStaysNews(string language, string title, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, string.Empty, expected);

    [Theory]
    [InlineData("KI-Sicherheitsteams von Quorvane und Ostravel lösen auf der Konferenz ein altes Rätsel")]
    [InlineData("Quorvane ordnet eine Prüfung seiner KI-Sicherheit an, unter Aufsicht der Behörde")]
    public void Classify_WhenAGermanParticleIsAPreposition_ReadsNoSplitVerb(string title) =>
        ClassifierAssert.AssertNoAlert("de", title, string.Empty);

    [Fact]
    public void Classify_WhenAGermanVerbsParticleClosesTheClauseAfterAPreposition_StillReadsTheSplitVerb()
    {
        var result = SharedClassifier.Instance.Classify("Die KI-Sicherheitschefin tritt aus dem Vorstand von Quorvane aus", string.Empty, "de");

        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("it", "«Nessuna chiusura prevista» per il team di sicurezza dei modelli di Quorvane", "L'azienda conferma i dodici ricercatori del gruppo.")]
    [InlineData("en", "No layoffs and no closure for Quorvane's alignment team, says its chief", "The twelve researchers keep their posts.")]
    [InlineData("de", "Keine Auflösung: Quorvane behält sein KI-Sicherheitsteam", "Die zwölf Forschenden bleiben an Bord.")]
    public void Classify_WhenADeterminerSaysTheChangeIsAbsent_RaisesNoAlert(string language, string title, string summary) =>
        ClassifierAssert.AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "'We are not closing anything,' Quorvane says of its alignment team", "Quorvane has denied a weekly bulletin's report that it will close its alignment group, saying all twelve researchers stay.")]
    [InlineData("de", "KI-Ethikteam: Quorvane dementiert Schließungspläne", "Es gebe keinerlei Pläne, das Team zu verkleinern, erklärte eine Sprecherin.")]
    public void Classify_WhenTheDenialNamesTheReportAFewWordsOnOrTheTeamBeforeIt_RaisesNoAlert(string language, string title, string summary) =>
        ClassifierAssert.AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("es", "¿Tiene sentido disolver los equipos de alineamiento?", "Hace ya tres años que Quorvane cerró el suyo. Hoy conviene preguntarse qué se ganó.")]
    [InlineData("pt", "Vale a pena fechar as equipes de alinhamento?", "Há quase três anos a Quorvane fechou a sua. Hoje a pergunta continua aberta.")]
    [InlineData("en", "Was it right to disband the alignment teams?", "Years on, the labs that did so still argue about it.")]
    public void Classify_WhenAHeadlineQuestionWeighsAChangeInTheInfinitive_RaisesNoAlert(string language, string title, string summary) =>
        ClassifierAssert.AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("fr", "Qui pour succéder à Anne Brennwick ? La responsable de l'alignement de Quorvane quitte le laboratoire", "Elle dirigeait l'équipe de sûreté des modèles depuis 2024.", AlertEvent.Departure)]
    [InlineData("es", "¿Por qué decidió Ana Brennwick dejar el equipo de alineamiento de Quorvane?", "La investigadora renunció el lunes a su puesto al frente del equipo de seguridad de IA.", AlertEvent.Departure)]
    public void Classify_WhenAHeadlineQuestionTakesTheChangeAsGiven_StillTellsIt(string language, string title, string summary, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("de", "Wie sinnvoll ist es, KI-Sicherheitsteams zu verkleinern?", "Ein Kommentar zur Debatte über Sicherheitsforschung in KI-Laboren.")]
    [InlineData("nl", "Is het verstandig om het AI-veiligheidsteam op te heffen?", "Een opiniestuk over de toekomst van veiligheidsonderzoek bij AI-labs.")]
    public void Classify_WhenAGermanHowOrADutchSplitInfinitiveAsksAboutAChange_RaisesNoAlert(string language, string title, string summary) =>
        ClassifierAssert.AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("en", "Quorvane's head of alignment to step down: what comes next for safety?", "Mia Brennwick has led the lab's alignment team since 2022.", AlertEvent.Departure)]
    [InlineData("es", "Quorvane decide disolver su equipo de alineamiento: ¿qué pasará con sus investigadores?", "La empresa comunicó la decisión el lunes a los nueve miembros del grupo.", AlertEvent.Dissolution)]
    [InlineData("fr", "Fermeture de l'équipe d'alignement de Quorvane : un tournant pour la sûreté ?", "Les neuf chercheurs du groupe rejoignent les équipes produit dès lundi.", AlertEvent.Dissolution)]
    public void Classify_WhenTheHeadlineTellsTheChangeBeforeItsQuestion_StillTellsIt(string language, string title, string summary, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("es", "Sin decir nada, dimite la responsable de alineamiento de Quorvane", "Lucía Tamsford dirigía el equipo de seguridad de IA desde 2022.")]
    [InlineData("de", "Quorvane-Sicherheitschefin sagt nichts und kündigt", "Lena Ostravel leitete das KI-Sicherheitsteam seit 2022.")]
    [InlineData("fr", "La responsable de la sûreté de Quorvane ne dit rien et démissionne", "Claire Ostravel dirigeait l'équipe d'alignement depuis trois ans.")]
    public void Classify_WhenSomeoneSaysNothingAndLeaves_TheDepartureStands(string language, string title, string summary) =>
        ClassifierAssert.AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("en", "Quorvane safety chief who denied a newsletter's report in May quits", "Mia Brennwick led the lab's alignment team for three years.", AlertEvent.Departure)]
    [InlineData("en", "Quorvane safety chief denies rift with CEO", "Quorvane has cut its safety team's compute budget by 40%, according to an internal memo.", AlertEvent.Resources)]
    [InlineData("fr", "L'équipe d'éthique de l'IA de Quorvane dément toute fuite", "Quorvane a dissous l'équipe vendredi ; ses huit membres rejoignent les équipes produit.", AlertEvent.Dissolution)]
    public void Classify_WhenADenialIsOfSomethingElse_TheChangeStands(string language, string title, string summary, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, summary, expected);
}
