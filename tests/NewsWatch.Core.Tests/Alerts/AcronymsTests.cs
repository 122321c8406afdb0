using NewsWatch.Core.Alerts;

namespace NewsWatch.Core.Tests.Alerts;

/// <summary>An unknown institute's acronym is one name in every language; common acronyms and shouted headlines are not names.</summary>
public sealed class AcronymsTests
{
    [Fact]
    public void In_FindsTheAcronymsAReportNamesInTitleAndSummary()
    {
        var found = Acronyms.In("Government closes QRAIL", "The lab, known as QRAIL, worked with the BZKT on model tests.");

        Assert.Equal(["QRAIL", "BZKT"], found);
    }

    [Theory]
    [InlineData("Tamaran Centre for AI Safety and Evaluation", "TCASE")]
    [InlineData("Tamaraans Instituut voor AI-Veiligheid", "TIAV")]
    [InlineData("Instituto Tamarés de Seguridad de la IA", "ITSI")]
    [InlineData("Istituto Sant'Ilario", null)]
    [InlineData("Halvard Labs", null)]
    public void InitialsOf_ABodysNameOfThreeWordsOrMore_IsItsCapitalsInitials(string name, string? initials) =>
        Assert.Equal(initials, Acronyms.InitialsOf(name));

    [Fact]
    public void In_SkipsAcronymsEveryStoryUsesAndNewsAgencies()
    {
        var found = Acronyms.In("CEO quits over AGI plans (AFP)", "The GPU budget of the USA lab, says the OECD.");

        Assert.Empty(found);
    }

    [Fact]
    public void In_WhenTheHeadlineIsInCapitals_FindsNoAcronymInIt()
    {
        var found = Acronyms.In("BREAKING: LAB SHUTS SAFETY TEAM", "The team at Velmora worked for QRAIL.");

        Assert.Equal(["QRAIL"], found);
    }

    [Fact]
    public void In_SkipsTagsCurrenciesAndCompanyForms()
    {
        var found = Acronyms.In("BREAKING: Tessel AI dissolves its alignment team", "VIDEO: the lab, Tessel INC, spent 40m USD on it, says QRAIL.");

        Assert.Equal(["QRAIL"], found);
    }

    [Fact]
    public void In_KeepsAtMostTheCap()
    {
        var found = Acronyms.In("The report names AAA and BBB today", "CCC, DDD, EEE, FFF, GGG and HHH are all named here, among many other bodies and groups that the report lists.");

        Assert.Equal(Acronyms.MaxAcronyms, found.Count);
    }
}
