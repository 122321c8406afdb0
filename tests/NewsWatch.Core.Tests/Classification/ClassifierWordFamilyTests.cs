using NewsWatch.Core.Classification;
using static NewsWatch.Core.Tests.Classification.ClassifierAssert;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// Families of wording each language has for the same work or change: a chatbot or assistant
/// attacked is red-teamed as models are, a body's widened mandate re-scopes it, and
/// GPUs set aside for a team are compute committed to it.
/// </summary>
public class ClassifierWordFamilyTests
{
    [Theory]
    [InlineData("nl", "Brouwhuis heft team op dat eigen chatbot aanviel", "Het Rode Team van het bedrijf probeerde de chatbot gevaarlijke instructies te laten geven.", AlertEvent.Dissolution)]
    [InlineData("es", "Tembora crea un equipo para atacar a su asistente conversacional", "El equipo intentará que el asistente dé instrucciones peligrosas antes de cada nueva versión.", AlertEvent.Formation)]
    public void Classify_WhenATeamAttacksItsChatbotOrAssistant_ItIsRedTeaming(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    [Theory]
    [InlineData("pt", "Gabinete Nacional de Fiabilidade Algorítmica passa a avaliar grandes modelos", "O Governo alargou o mandato do organismo, que auditava algoritmos da administração pública, aos grandes modelos de linguagem.")]
    [InlineData("it", "L'Ufficio per l'affidabilità degli algoritmi valuterà i grandi modelli di IA", "Il governo allarga il mandato dell'ufficio alla valutazione dei rischi dei modelli di frontiera.")]
    public void Classify_WhenABodysMandateIsWidenedToModels_ReportsARestructuring(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Restructuring);

    [Fact]
    public void Classify_WhenGpusAreSetAsideForASafetyTeam_ReportsResources() =>
        AssertAlert("pt", "Larangeira reserva mil GPUs para a equipa de alinhamento", "A empresa de IA compromete-se a manter a capacidade até 2029.", AlertEvent.Resources);

    [Theory]
    [InlineData("fr", "Départ chez Brévial : l'équipe chargée du comportement des modèles perd sa cheffe", "La chercheuse Anouk Delaunay-Sarr quitte l'entreprise, où elle dirigeait l'équipe qui veille au comportement des modèles de langage.")]
    [InlineData("nl", "Onderzoekster Fenna Dijkstra-Amadi vertrekt bij Brouwhuis", "Ze leidde het team dat het gedrag van de taalmodellen van het bedrijf bewaakt.")]
    public void Classify_WhenATeamWatchesHowModelsBehave_ItIsModelBehaviourWork(string language, string title, string summary) =>
        AssertAlert(language, title, summary, AlertEvent.Departure);

    [Theory]
    [InlineData("fr", "Le zoo de Brévial crée une équipe sur le comportement des animaux", "La nouvelle équipe observera les loups.")]
    [InlineData("fr", "Le comportement des consommateurs bouscule les modèles de Grellmoor, qui ferme une équipe", "L'entreprise d'intelligence artificielle se réorganise.")]
    [InlineData("es", "Tazmora IA cierra su equipo de comportamiento del consumidor y modelos de precios", "")]
    public void Classify_WhenBehaviourIsAnimalsOrCustomers_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("de", "SV Grünwald: Rotes Team gewinnt das Trainingsspiel", "Der Trainer war mit beiden Mannschaften zufrieden.")]
    [InlineData("nl", "Voetbalclub Oosterwolde: rode team wint onderling duel", "De trainer zag een goede wedstrijd.")]
    public void Classify_WhenARedSideIsASportsTeam_RaisesNoAlert(string language, string title, string summary) =>
        AssertNoAlert(language, title, summary);

    [Theory]
    [InlineData("de", "Brenkwald gründet Einheit, die die Modelle vor jeder Veröffentlichung anzugreifen hat", "Das KI-Unternehmen stellt dafür acht Fachleute ein.", AlertEvent.Formation)]
    public void Classify_WhenAGroupIsPaidToAttackTheModels_ReadsRedTeaming(string language, string title, string summary, AlertEvent expected) =>
        AssertAlert(language, title, summary, expected);

    // Romance stems join words of other families: "voleva" and "volo", "creo" and "crea",
    // "istituzioni" and "istituisce". Those rows are matched as written.
    [Theory]
    [InlineData("it", "L'azienda voleva di più dal suo team di sicurezza dell'IA", "aviation")]
    [InlineData("it", "Il riconoscere i rischi dell'IA è un dovere delle istituzioni", "award")]
    [InlineData("fr", "Le département de sécurité de l'IA mise sur l'intégrité des modèles", "arrival")]
    [InlineData("fr", "Remerciements de Quorvane à son équipe de sécurité de l'IA", "departure")]
    [InlineData("es", "Su director cree que el equipo de seguridad de la IA de Quorvane hace un buen trabajo", "formation")]
    [InlineData("it", "Nella stanza dove lavora il team di sicurezza dell'IA di Quorvane", "resources")]
    [InlineData("de", "Verlässliche Tests: das KI-Sicherheitsteam von Quorvane", "departure")]
    [InlineData("de", "Der Grund: das KI-Sicherheitsteam von Quorvane wächst", "formation")]
    [InlineData("de", "Ein Beruf mit Zukunft im KI-Sicherheitsteam von Quorvane", "arrival")]
    [InlineData("en", "Quorvane's AI safety team works closely with regulators", "dissolution")]
    [InlineData("en", "A minority of Quorvane's AI safety team disagrees", "child-safety")]
    [InlineData("en", "Quorvane's AI safety team is moderately optimistic", "trust-and-safety")]
    public void Classify_WhenAWordOnlySharesAStemWithACue_ItIsNotThatCue(string language, string title, string label)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.DoesNotContain(result.Evidence, e => e.Reason.Contains($"{label} cue", StringComparison.Ordinal) || e.Reason.StartsWith($"look-alike: {label}", StringComparison.Ordinal));
    }
}
