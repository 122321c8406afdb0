using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>Anchors are the names and numbers two reports of one event share across languages.</summary>
public sealed class ContentAnchorsTests
{
    [Fact]
    public void Of_KeepsNamesAndNumbers_NotYearsSentenceOpenersOrTheLab()
    {
        var anchors = ContentAnchors.Of("OpenAI commits 20% of its compute to Readiness", "In 2024 the lab said Mirela Osei would lead it.", ["OpenAI"]);

        Assert.Equal(["20", "mirela", "osei", "readiness"], anchors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Overlap_OfTwoLanguagesReportingOneEvent_IsHigh()
    {
        var english = ContentAnchors.Of("OpenAI commits 20% of its compute to Readiness, led by Mirela Osei", string.Empty, ["OpenAI"]);
        var french = ContentAnchors.Of("OpenAI dédie 20% de son calcul à Readiness, menée par Mirela Osei", string.Empty, ["OpenAI"]);

        var (share, shared) = ContentAnchors.Overlap(english, french);

        Assert.Equal(1.0, share);
        Assert.Equal(4, shared);
    }

    [Theory]
    [InlineData("Lab cuts the budget by 30%")]
    [InlineData("Le labo réduit son budget de 30 %")]
    [InlineData("Das Labor kürzt das Budget um 30 Prozent")]
    public void Of_APercentage_IsTheSameAnchorWhateverTheLanguageWritesAfterIt(string title) =>
        Assert.Contains("30", ContentAnchors.Of(title, string.Empty, []));

    [Theory]
    [InlineData("Harrowfield cuts alignment compute from 20% to 15%", "Harrowfield kürzt: statt eines Fünftels nur noch fünfzehn Prozent", "20")]
    [InlineData("Harrowfield cuts alignment compute from 20% to 15%", "Harrowfield kürzt: statt eines Fünftels nur noch fünfzehn Prozent", "15")]
    [InlineData("Tessel gives 50% of its compute to safety", "Tessel consacre la moitié de son calcul à la sécurité", "50")]
    [InlineData("Two researchers leave Tessel", "Tessel perd deux chercheurs", "2")]
    [InlineData("Tessel cuts 30 safety roles", "Tessel streicht dreißig Stellen im Sicherheitsteam", "30")]
    public void Of_ANumberInWordsInOneLanguageAndDigitsOrWordsInAnother_IsTheSameAnchor(string one, string other, string digits)
    {
        Assert.Contains(digits, ContentAnchors.Of("x " + one, string.Empty, []));
        Assert.Contains(digits, ContentAnchors.Of("x " + other, string.Empty, []));
    }

    [Theory]
    [InlineData("The institute will employ forty-five staff", "45")]
    [InlineData("L'institut emploiera quarante-cinq personnes", "45")]
    [InlineData("El instituto tendrá cuarenta y cinco empleados", "45")]
    [InlineData("L'istituto avrà quarantacinque addetti", "45")]
    [InlineData("Das Institut soll fünfundvierzig Stellen haben", "45")]
    [InlineData("Het instituut krijgt vijfenveertig medewerkers", "45")]
    [InlineData("O instituto terá quarenta e cinco funcionários", "45")]
    [InlineData("Veintiocho investigadores dejan el equipo", "28")]
    [InlineData("L'AGSIA obtient soixante postes", "60")]
    public void Of_ANumberOfTensAndUnitsInWords_IsOneNumber(string text, string digits)
    {
        var anchors = ContentAnchors.Of("x " + text, string.Empty, []);

        Assert.Contains(digits, anchors);
        Assert.DoesNotContain(digits[..1] + "0", anchors.Where(a => a != digits));
    }

    [Theory]
    [InlineData("AGSIA gets €40m and 60 posts", "40")]
    [InlineData("The lab pledges $2bn of compute", "2")]
    [InlineData("Budget cut to £60M", "60")]
    public void Of_AnAmountWithItsMagnitude_IsTheNumberAnotherLanguageWritesInFull(string text, string digits) =>
        Assert.Contains(digits, ContentAnchors.Of("x " + text, string.Empty, []));

    [Theory]
    [InlineData("x Crescita del 20 per cento", "100")]
    [InlineData("x Results for the third quarter", "33")]
    [InlineData("x Results for the third quarter", "25")]
    [InlineData("x A mudança dos planos da empresa", "2")]
    [InlineData("x Un changement très rapide", "3")]
    [InlineData("x Delays due to the review", "2")]
    [InlineData("x Onze nieuwe directeur", "11")]
    [InlineData("x Sei il nuovo direttore", "6")]
    [InlineData("x The lab will seize the moment", "16")]
    [InlineData("x Gezondheidszorg in quarantena", "40")]
    [InlineData("x Fortune names a new chief", "41")]
    [InlineData("x Fortuna Labs cuts its red team", "41")]
    [InlineData("x The lab hired twenty. One left", "21")]
    [InlineData("x The 5G unit closes", "5")]
    [InlineData("x The 4th review", "4")]
    public void Of_WordsThatOnlyLookLikeNumbers_AreNoNumbers(string text, string notThere) =>
        Assert.DoesNotContain(notThere, ContentAnchors.Of(text, string.Empty, []));

    [Fact]
    public void Of_ATextOfManyNames_KeepsAtMostTheMaximum()
    {
        var text = string.Join(", ", Enumerable.Range(0, 200).Select(i => $"Name{i}"));

        Assert.Equal(ContentAnchors.MaxAnchors, ContentAnchors.Of("x " + text, string.Empty, []).Count);
    }

    [Fact]
    public void Of_ANumberWithSeparators_IsOneAnchorWithoutSpaces()
    {
        var anchors = ContentAnchors.Of("Lab cuts 1,200 jobs", string.Empty, []);

        Assert.Contains("1200", anchors);
        Assert.All(anchors, a => Assert.DoesNotContain(' ', a));
    }

    [Fact]
    public void Of_AnOverlongToken_IsNoAnchor()
    {
        var anchors = ContentAnchors.Of("x Lab " + new string('A', 3000), string.Empty, []);

        Assert.DoesNotContain(anchors, a => a.Length > 40);
    }
}
