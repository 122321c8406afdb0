using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// A lead who leaves a team but stays in the organisation has been moved, not lost; and "after
/// eight years" measures a tenure, it does not make the departure that ends it background.
/// </summary>
public class ClassifierInternalMoveTests
{
    [Theory]
    [InlineData("en", "Orvane's alignment chief steps down from the team", "Tamsin Oyelaran, who ran alignment research, steps down from the role but remains at the company, moving to the platform group.")]
    [InlineData("fr", "Le responsable de l'alignement de Brévial quitte son équipe", "Armand Lescure quitte la direction de l'équipe d'alignement mais reste chez Brévial pour piloter les produits.")]
    [InlineData("de", "Alignment-Leiterin von Kornhafen gibt Team ab", "Greta Vollmerhaus verlässt die Leitung des Alignment-Teams und bleibt im Unternehmen, wo sie künftig den Vertrieb betreut.")]
    [InlineData("es", "La jefa de alineación de Ternavia deja el equipo", "Lucía Barandica deja la dirección del equipo de alineación, aunque sigue en la empresa en el área de producto.")]
    [InlineData("it", "Il capo dell'allineamento di Selvarra lascia il team", "Matteo Grisanti lascia la guida del gruppo di allineamento dei modelli di IA ma rimane in azienda con un altro ruolo.")]
    [InlineData("pt", "Chefe de alinhamento da Tucanara deixa a equipe", "Renata Albuquerque deixa a liderança da equipe de alinhamento, mas permanece na empresa na área comercial.")]
    [InlineData("nl", "Hoofd alignment van Duinveld verlaat team", "Sanne Verhoeckx verlaat de leiding van het alignmentteam, maar blijft in dienst in een andere functie.")]
    public void Classify_WhenALeadLeavesTheTeamButStays_ReturnsRestructuring(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Contains(AlertEvent.Restructuring, result.Events);
        Assert.Equal(AlertEvent.Restructuring, result.Events.FirstOrDefault(e => e is AlertEvent.Restructuring or AlertEvent.Departure));
    }

    [Theory]
    [InlineData("de", "Umbau bei Kornhafen: Leiterin der KI-Sicherheit wechselt ins Policy-Team", "Greta Vollmerhaus wechselt intern in das Team für KI-Politik; ihr Team wird der Produktsicherheit zugeordnet.")]
    [InlineData("es", "Tarnfield IA aparta a su jefa de evaluación de riesgos y la sitúa al frente del negocio de banca", "La directiva dirigirá la nueva línea comercial del laboratorio de IA.")]
    [InlineData("nl", "Duinveld schuift hoofd red-teaming door naar beleidsteam", "Sanne Verhoeckx verhuist naar het team voor AI-beleid; het red-teamingteam gaat op in het evaluatieteam.")]
    public void Classify_WhenALeadMovesIntoAnotherTeamOfTheCompany_ReturnsRestructuring(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Restructuring, result.Event);
    }

    [Theory]
    [InlineData("nl", "Na acht jaar vertrekt het hoofd AI-veiligheid van Halvard", "Inès Marchetti zegt dat het lab veiligheidswerk te weinig tijd geeft.")]
    [InlineData("de", "Nach acht Jahren verlässt die Leiterin für KI-Sicherheit Halvard", "Inès Marchetti kritisiert, dass Sicherheitsprüfungen zu kurz kommen.")]
    public void Classify_WhenAfterMeasuresATenure_TheDepartureIsTheNews(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.True(result.IsAlert(0.5), $"score {result.Score:0.00}");
        Assert.Equal(AlertEvent.Departure, result.Event);
        Assert.DoesNotContain(result.Evidence, e => e.Kind == "event" && e.Reason.Contains("background", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Orvane's alignment chief resigns to take another role at Brévial", "Tamsin Oyelaran will remain at the lab until March, then join its rival.")]
    [InlineData("fr", "La responsable de l'alignement d'Orvane part pour un autre poste chez Brévial", "Tamsin Oyelaran quitte l'équipe d'alignement des modèles d'IA.")]
    public void Classify_WhenALeadMovesToAnotherEmployer_ReturnsDeparture(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Equal(AlertEvent.Departure, result.Event);
    }

    [Theory]
    [InlineData("en", "Tarnfield Bank sets up AI red team, poaches start-up researcher to lead it", "The bank's new red team will test its AI models.", AlertEvent.Formation)]
    [InlineData("de", "Neuer Chef für das Bundesinstitut für KI-Sicherheit: Malte Grünberg-Osei übernimmt", "Er leitet das Institut ab Juli.", AlertEvent.Arrival)]
    [InlineData("en", "Tarnfield AI sidelines its AI safety chief and hires a replacement", "Ola Brenn is out as head of the AI lab's safety team.", AlertEvent.Departure)]
    [InlineData("en", "AI safety institute chief named", "The government appointed Dana Ferrow to lead the AI safety institute.", AlertEvent.Arrival)]
    public void Classify_WhenTheHeadlinesLeadIsANewcomer_IsNoInternalMove(string language, string title, string summary, AlertEvent expected) =>
        ClassifierAssert.AssertAlert(language, title, summary, expected);
}
