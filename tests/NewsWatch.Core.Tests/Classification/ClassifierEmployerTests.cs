using NewsWatch.Core.Classification;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>
/// The classifier tells the company from the person when neither is on any list: invented
/// companies are often named like people ("Pewter Lagoon"), and a report that takes one for the
/// other loses the person it is about and joins the wrong story.
/// </summary>
public class ClassifierEmployerTests
{
    [Theory]
    [InlineData("en", "Pewter Lagoon ethics chief shown the door", "Clara Whitmore, who led the AI ethics team at chatbot maker Pewter Lagoon, says she was fired.", "Pewter Lagoon", "Clara Whitmore")]
    [InlineData("es", "Despedida la jefa de ética de Bruma Salina", "Clara Whitmore dirigía el equipo de ética de la IA de la empresa Bruma Salina, que fabrica asistentes de voz.", "Bruma Salina", "Clara Whitmore")]
    public void Classify_WhenANameFollowsWhatTheTextCallsACompany_NamesTheCompanyAndKeepsThePerson(string language, string title, string summary, string org, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
        Assert.Contains(person, result.People);
    }

    [Fact]
    public void Classify_WhenACompanyNamedInOneWordIsTheLedesSubject_NamesNoPerson()
    {
        var result = SharedClassifier.Instance.Classify("Zwitserse AI-bouwer Tannwald test meer", "Tannwald neemt twintig extra evaluatoren aan en verdubbelt de rekenkracht voor veiligheidstests.", "nl");

        Assert.Contains("Tannwald", result.Orgs);
        Assert.DoesNotContain("Tannwald", result.People);
    }

    [Theory]
    [InlineData("en", "Tarnwick Vale pledges a fifth of its compute to alignment", "Tarnwick Vale will reserve 20% of its compute for its alignment team.")]
    [InlineData("en", "Halvorsen Reach creates external AI ethics board", "The board of five outside experts can delay launches.")]
    public void Classify_WhenAnUnknownPairDoesWhatOrganisationsDo_NamesNoPerson(string language, string title, string summary)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Empty(result.People);
    }

    [Fact]
    public void Classify_WhenAHeadlineOpensWithAnOrdinal_NamesNoOrganisationByIt()
    {
        var result = SharedClassifier.Instance.Classify("Second exit in a week at Brackenridge AI as red-team lead leaves", "The head of red-teaming is leaving the company.", "en");

        Assert.DoesNotContain("Second", result.Orgs);
    }

    [Theory]
    [InlineData("en", "Marrowby Fen hires Ysolde Karapetyan to lead its red team", "The lab has named Ysolde Karapetyan head of red-teaming.", "Marrowby Fen")]
    [InlineData("pt", "Marrowby Fen tem nova chefe de red team", "A Marrowby Fen contratou Ysolde Karapetyan para comandar o seu red team.", "Marrowby Fen")]
    [InlineData("pt", "Quintal Nine contrata ex-chefe de avaliação de modelos", "A Quintal Nine anunciou a chegada da investigadora para liderar a sua equipa de avaliação de IA.", "Quintal Nine")]
    public void Classify_WhenAnOrganisationHiresSomeone_NamesItAsTheEmployer(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Fact]
    public void Classify_WhenSomeoneHiresForACompanyOfTheirOwn_StillNamesThePerson()
    {
        var result = SharedClassifier.Instance.Classify("Brasileiro Joaquim Mendes contrata dez pesquisadores de segurança de IA", "O fundador da start-up quer montar uma equipe de avaliação.", "pt");

        Assert.DoesNotContain(result.Orgs, org => org.Contains("Joaquim", StringComparison.Ordinal));
        Assert.Contains(result.People, person => person.EndsWith("Joaquim Mendes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en", "Siobhan Keane quits head of safety role at OpenAI", "Siobhan Keane")]
    [InlineData("fr", "Aoife Brennan quitte son poste de responsable de la sécurité de l'IA chez Mistral", "Aoife Brennan")]
    [InlineData("fr", "Aoife Brennan fonde un laboratoire de sécurité de l'IA", "Aoife Brennan")]
    [InlineData("en", "Siobhan Keane launches new AI alignment lab", "Siobhan Keane")]
    public void Classify_WhenAnUnlistedPersonLeavesAJobOrFoundsALab_NamesThePersonNotACompany(string language, string title, string person)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Contains(person, result.People);
        Assert.DoesNotContain(person, result.Orgs);
    }

    [Fact]
    public void Classify_WhenAnotherLanguagesHiringVerbIsAnEnglishWord_NamesNoEmployerByIt()
    {
        var result = SharedClassifier.Instance.Classify("Lawmakers engage the UK AI Safety Institute on evaluations", string.Empty, "en");

        Assert.DoesNotContain("Lawmakers", result.Orgs);
    }

    [Theory]
    [InlineData("Borlandia löst sein Amt für KI-Sicherheit auf", "Amt für KI-Sicherheit")]
    [InlineData("Borlandia löst sein Bundesinstitut für KI-Sicherheit auf", "Bundesinstitut für KI-Sicherheit")]
    public void Classify_WhenAGermanVerbSurroundsABodysName_NamesTheBody(string title, string body)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, "de");

        Assert.Contains(body, result.Orgs);
    }

    [Fact]
    public void Classify_WhenAmtIsAPostSomeoneTakes_NamesNoBody()
    {
        var result = SharedClassifier.Instance.Classify("Anna Weber tritt das Amt der Beauftragten für KI-Sicherheit an", string.Empty, "de");

        Assert.DoesNotContain(result.Orgs, org => org.StartsWith("Amt", StringComparison.Ordinal));
    }

    [Fact]
    public void Classify_WhenHiresIsANoun_NamesNoEmployerByIt()
    {
        var result = SharedClassifier.Instance.Classify("Brazil cuts funding for its AI safety institute", "The government froze a third of the centre's budget. Planned hires have been put on hold.", "en");

        Assert.DoesNotContain("Planned", result.Orgs);
    }

    [Fact]
    public void Classify_WhenTheLedeSaysWhomSomeoneLeft_NamesThatWorkplaceNotAPerson()
    {
        var result = SharedClassifier.Instance.Classify("Whitmore resurfaces at Quillmoor", "Clara Whitmore, who quit Tarrow Bight two weeks ago, will lead interpretability research at Quillmoor.", "en");

        Assert.DoesNotContain("Tarrow Bight", result.People);
        Assert.Contains("Tarrow Bight", result.Orgs);
    }

    [Theory]
    [InlineData("de", "Brennock Arcade trennt sich von Leiterin der KI-Ethik", "Der Chatbot-Anbieter hat die Chefin seines Ethikteams entlassen.", "Brennock Arcade")]
    [InlineData("en", "Kestrel Moss hires Noeton Labs evaluation lead as safety chief", "The researcher who ran model evaluations is joining Kestrel Moss as head of safety.", "Kestrel Moss")]
    [InlineData("nl", "Hartwell Dune start eigen red-teamingafdeling", "Het bedrijf richt een eenheid van tien mensen op die modellen test.", "Hartwell Dune")]
    public void Classify_WhenAHeadlinePairDoesWhatOnlyAnEmployerDoes_NamesTheOrganisation(string language, string title, string summary, string org)
    {
        var result = SharedClassifier.Instance.Classify(title, summary, language);

        Assert.Contains(org, result.Orgs);
        Assert.DoesNotContain(org, result.People);
    }

    [Fact]
    public void Classify_WhenAFrenchHeadlineOpensWithDepart_TakesNoPersonForAWorkplace()
    {
        var result = SharedClassifier.Instance.Classify("Départ de Rosalind Okafor-Brun chez Brackwater Fen", "La chercheuse qui dirigeait l'équipe d'interprétabilité a démissionné.", "fr");

        Assert.DoesNotContain(result.Orgs, org => org.StartsWith("Rosalind", StringComparison.Ordinal));
        Assert.Contains("Rosalind Okafor-Brun", result.People);
    }

    [Fact]
    public void Classify_WhenTheWorkplaceIsWrittenWithAnElidedOf_NamesIt()
    {
        var result = SharedClassifier.Instance.Classify("Clara Whitmore prend la tête du red teaming d'Aubrac Nimbus", "La chercheuse dirigera la nouvelle unité.", "fr");

        Assert.Contains("Aubrac Nimbus", result.Orgs);
        Assert.Contains("evaluation", result.TeamKinds.Values);
    }

    [Fact]
    public void Classify_WhenTheBodyNamesTheWorkplaceTheHeadlineAbbreviates_ListsItFromTheHeadline()
    {
        var content = "La nomina arriva dopo mesi di attesa.\n\nIl nuovo istituto avrà sede a Pisa e assumerà quaranta ricercatori.\n\n«È una scelta di qualità», ha commentato il presidente dell'IVASM, Carlo Renzi.";
        var result = SharedClassifier.Instance.Classify("Nominata la prima direttrice scientifica dell'IVASM", "Chiara Benedetti guiderà i test sui modelli dell'istituto nazionale per la sicurezza dell'IA.", "it", content);

        Assert.Contains("IVASM", result.Orgs);
    }

    [Fact]
    public void Classify_WhenAPossessiveEndsACompanysName_NamesTheWholeName()
    {
        var result = SharedClassifier.Instance.Classify("Tarrow Bight's interpretability chief Clara Whitmore resigns", "She built the team over five years.", "en");

        Assert.Contains("Tarrow Bight", result.Orgs);
        Assert.DoesNotContain("Bight", result.Orgs);
        Assert.DoesNotContain("Tarrow Bight", result.People);
    }

    [Fact]
    public void Classify_WhenAPossessiveEndsAPersonsName_NamesNoCompany()
    {
        var result = SharedClassifier.Instance.Classify("Clara Whitmore's red team is disbanded", string.Empty, "en");

        Assert.Empty(result.Orgs);
        Assert.Contains("Clara Whitmore", result.People);
    }

    [Theory]
    [InlineData("it", "Quillmoor Works, lascia la responsabile dell'integrità dei modelli", "Quillmoor Works", false)]
    [InlineData("en", "Okafor Nwosu, head of safety, resigns", "Okafor Nwosu", true)]
    public void Classify_WhenAHeadlinesTopicPrecedesAComma_TellsTheEmployerFromTheDescribedPerson(string language, string title, string name, bool isPerson)
    {
        var result = SharedClassifier.Instance.Classify(title, string.Empty, language);

        Assert.Equal(isPerson, result.People.Contains(name));
    }
}
