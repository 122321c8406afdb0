using NewsWatch.Core.Classification;
using static NewsWatch.Core.Tests.Classification.ClassifierAssert;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// A question-and-answer piece: the interviewer's questions ask about changes and tell none, and
/// an interview under a headline telling no change is no news of one, whatever its lede retells.
/// </summary>
public class ClassifierInterviewTests
{
    [Theory]
    [InlineData(
        "en",
        "'Still here': Grimsditch's red-team lead on rumours and release pressure",
        "A post last month claimed the red team at Grimsditch, an AI developer, was about to be cut. Its lead, Dagny Veldtmann-Pike, agreed to talk.\n\nAre you leaving? No. I have had offers, as everyone has.\n\nWill the team be cut? Our budget for next year is signed.\n\nWhat worries you most? Agents that act on the web before we have tested them.")]
    [InlineData(
        "fr",
        "« Je reste » : entretien avec la responsable de l'évaluation de Pommeraie IA",
        "On prêtait à Maëlle Tassin-Diop un départ vers un concurrent. Nous l'avons rencontrée à Rennes.\n\nAllez-vous quitter Pommeraie ? Non, j'ai encore trop à construire ici.\n\nL'équipe va-t-elle être réduite ? Non, nous recrutons.\n\nQu'est-ce qui vous inquiète ? Les modèles qui agissent seuls.")]
    [InlineData(
        "pt",
        "«Fico onde estou»: a chefe de red teaming da Arribana em entrevista",
        "O nome de Leonor Quaresma-Baptista chegou a circular entre os que estariam de saída da empresa de inteligência artificial. Fomos falar com ela.\n\nVai deixar a Arribana? Não. Gosto da equipa que montámos.\n\nA equipa vai ser cortada? Pelo contrário.\n\nO que mais a preocupa? Modelos que agem sozinhos na internet.")]
    public void Classify_WhenAnInterviewsHeadlineTellsNoChange_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Fact]
    public void Classify_WhenAnInterviewsHeadlineTellsTheChange_StillAlerts() =>
        AssertAlert(
            "en",
            "Grimsditch's red-team lead resigns: 'We were asked to sign off too fast'",
            "Dagny Veldtmann-Pike, who led the red team at AI developer Grimsditch, resigned on Friday. She spoke to us the same evening.\n\nWhy now? The last release was tested in nine days.\n\nWill others follow? I cannot speak for them.\n\nWhat should the company do? Give the team a veto.",
            AlertEvent.Departure);

    [Fact]
    public void Classify_WhenAReportAsksOneQuestion_StillReadsItsChange() =>
        AssertAlert(
            "en",
            "What now for Grimsditch's alignment team?",
            "The AI developer Grimsditch disbanded its alignment team on Monday, moving its six researchers to product groups. Dagny Veldtmann-Pike, who led it, has left the company.",
            AlertEvent.Dissolution);

    [Theory]
    [InlineData("en", "Turmoil at Tarnfield AI", "Tarnfield AI disbanded its alignment team on Monday, and its lead Ola Brenn has left the company. Who will check the models now? And what does it mean for the rest of the industry?", AlertEvent.Dissolution)]
    [InlineData("de", "Tarnfield: Was wird aus dem KI-Sicherheitsteam?", "Das KI-Unternehmen Tarnfield hat sein Team für KI-Sicherheit aufgelöst. Wer prüft jetzt die Modelle? Und was heißt das für die Branche?", AlertEvent.Dissolution)]
    [InlineData("en", "Ola Brenn on speed, safety and what comes next", "Ola Brenn led the alignment team at AI lab Tarnfield. Are you still at Tarnfield? No. I resigned this morning. Where will you go? I join Grellmoor's alignment team in June.", AlertEvent.Departure)]
    public void Classify_WhenAReportAsksQuestionsUnderAHeadlineQuotingNoOne_StillReadsItsChange(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("es", "Olalla Brenes: «Me voy de Tarnfield con los deberes hechos»", "Olalla Brenes, jefa del equipo de alineamiento del laboratorio de IA Tarnfield, deja la empresa a final de mes.\n\n¿Por qué ahora? Porque el equipo ya camina solo.\n\n¿Qué hará después? Todavía no lo sé.", AlertEvent.Departure)]
    [InlineData("fr", "Ysaline Marrec : « Je quitte Brezzolab sans regret »", "Ysaline Marrec, qui dirige l'équipe de sécurité de l'IA de Brezzolab, part à la fin du mois.\n\nPourquoi maintenant ? L'équipe est prête.\n\nEt après ? Je ne sais pas encore.", AlertEvent.Departure)]
    [InlineData("de", "„Wir suchen die Lücken zuerst“ – Greta Vollmerhaus über ihren neuen Job bei Kornhafen", "Greta Vollmerhaus leitet seit April das Red Team des KI-Unternehmens Kornhafen.\n\nWas reizt Sie an der Aufgabe? Die Modelle sind neu.\n\nWas wollen Sie ändern? Früher testen.", AlertEvent.Arrival)]
    public void Classify_WhenAnInterviewsHeadlineQuotesItsSpeakersOwnMove_StillAlerts(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("en", "'We ship nothing untested': a conversation with Tarnfield AI's new evaluations chief", "Ola Brenn started three weeks ago as head of the AI lab's model evaluations group.\n\nWhat changes first? Every release waits for our tests.\n\nWho decides? The team does.")]
    [InlineData("de", "„Wir prüfen zuerst“: die neue Chefin des KI-Sicherheitsteams von Kornhafen im Gespräch", "Greta Vollmerhaus leitet seit Mai das KI-Sicherheitsteam des KI-Unternehmens Kornhafen.\n\nWas ändert sich? Jedes Modell wird vorher getestet.\n\nWer entscheidet? Das Team.")]
    public void Classify_WhenAnInterviewsHeadlineCallsItsSpeakersJobNew_ReportsTheArrival(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Arrival);
}
