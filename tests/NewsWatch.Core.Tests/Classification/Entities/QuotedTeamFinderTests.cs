namespace NewsWatch.Core.Tests.Classification.Entities;

/// <summary>
/// A team's own name written in quotation marks is listed, beside a word for a team or after a
/// word that gives a name in a sentence about a team; quoted words, apostrophes and products are not.
/// </summary>
public class QuotedTeamFinderTests
{
    [Theory]
    [InlineData("fr", "Peldrake dissout son équipe « Garde-fous avancés »", "Les neuf chercheurs rejoignent les équipes produit.", "Garde-fous avancés")]
    [InlineData("de", "Peldrake löst das Team „Modellhüter“ auf", "Die neun Forschenden wechseln in die Produktteams.", "Modellhüter")]
    [InlineData("en", "Peldrake disbands the \"Quiet Lantern\" team that tested its models", "Its nine researchers move to product groups.", "Quiet Lantern")]
    [InlineData("it", "Peldrake scioglie il gruppo «Faro Sud», che si occupava di allineamento", "I nove ricercatori passano ai team di prodotto.", "Faro Sud")]
    [InlineData("de", "Peldrake AI benennt sein Alignment-Team um", "Das Team heißt künftig „Modellwacht“ und berichtet an die Rechtsabteilung.", "Modellwacht")]
    [InlineData("fr", "Peldrake IA réorganise son équipe d'alignement", "L'équipe, rebaptisée « Vigie et contrôle », passe sous la direction juridique.", "Vigie et contrôle")]
    [InlineData("es", "Peldrake IA reorganiza su equipo de alineamiento", "El equipo, que pasará a llamarse «Vigía y Control», dependerá del área legal.", "Vigía y Control")]
    public void Classify_WhenATeamIsNamedInQuotationMarks_ListsTheName(string language, string title, string summary, string team)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(team, result.Teams);
    }

    [Theory]
    // Someone's words after a team word, not a name: they open in lower case or run long.
    [InlineData("fr", "Peldrake dissout son équipe d'alignement", "Pour la direction, l'équipe « ne servait plus à rien », selon un courriel interne.")]
    [InlineData("en", "Peldrake disbands its alignment team", "A spokesperson said the team \"Was Never Meant To Last Beyond Its First Two Projects\" and thanked it.")]
    // A product named in a sentence about no team.
    [InlineData("en", "Peldrake disbands its alignment team", "The lab's new model, called \"Kestrelwing\", ships next month.")]
    public void Classify_WhenTheQuotationIsNoTeamsName_DoesNotListIt(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(result.Teams, t => t.Contains("servait", StringComparison.Ordinal) || t.Contains("Never", StringComparison.Ordinal) || t == "Kestrelwing");
    }

    [Fact]
    public void Classify_WhenAnApostropheLooksLikeAQuotationMark_ListsNoTeamFromIt()
    {
        var result = SharedClassifier.Instance.Classify("Peldrake's 'Model Safety' team's lead quits", "She led the Model Safety team's work on evaluations.", "en");

        Assert.DoesNotContain(result.Teams, t => t.StartsWith("s ", StringComparison.Ordinal) || t.Contains("team's", StringComparison.Ordinal));
        Assert.Contains(result.Teams, t => t.Contains("Model Safety", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de", "Quorvane löst KI-Ethikteam auf", "Im Team heißt es: „Chaos von oben“. Die zwölf Forschenden wechseln in Produktteams.", "Chaos von oben")]
    [InlineData("de", "„Verantwortungslos“: Sicherheitsteam von Quorvane kündigt geschlossen", "Alle neun Forschenden des KI-Sicherheitsteams haben am Montag gekündigt.", "Verantwortungslos")]
    [InlineData("en", "Quorvane alignment lead quits", "In a farewell memo titled \"Time to go\", Mia Brennwick said the alignment team lacked compute.", "Time to go")]
    [InlineData("en", "Quorvane disbands its alignment team", "Before it closed, the team built a testing tool called \"Brightwire\" that other labs adopted.", "Brightwire")]
    [InlineData("fr", "La responsable de l'équipe d'alignement quitte Quorvane", "La cheffe de l'équipe, appelée « Madame Sûreté » en interne, part chez Brisklane.", "Madame Sûreté")]
    [InlineData("it", "Quorvane, lascia la responsabile del team di allineamento", "La ricercatrice, che il team aveva chiamato «La Guardiana», passa a Brisklane.", "La Guardiana")]
    public void Classify_WhenAQuotationNamesAMemoAToolANicknameOrAVoice_DoesNotListItAsATeam(string language, string title, string summary, string notATeam)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.DoesNotContain(notATeam, result.Teams);
    }

    [Fact]
    public void Classify_WhenANewUnitIsGivenAName_ListsTheName()
    {
        var result = SharedClassifier.Instance.Classify(
            "Quorvane met sur pied une unité pour éprouver ses modèles", "Baptisée « Vigie Est », la nouvelle unité testera les modèles avant leur sortie.", "fr");

        Assert.Contains("Vigie Est", result.Teams);
    }
}
