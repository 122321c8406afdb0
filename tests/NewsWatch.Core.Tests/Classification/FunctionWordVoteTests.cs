using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification;

/// <summary>Function words settle a language only when they leave no doubt; otherwise detection decides.</summary>
public class FunctionWordVoteTests
{
    [Theory]
    [InlineData("Het bedrijf heft zijn veiligheidsteam op en de leider vertrekt naar een universiteit", "nl")]
    [InlineData("Das Labor löst sein Team auf, und die Forscher wechseln in andere Abteilungen", "de")]
    [InlineData("Il laboratorio scioglie il gruppo che si occupava della sicurezza degli modelli", "it")]
    [InlineData("Le laboratoire dissout une équipe qui était chargée de la sécurité, et son directeur part avec ses adjoints", "fr")]
    public void Decide_WhenFunctionWordsOfOneLanguageDominate_NamesIt(string text, string expected) =>
        Assert.Equal(expected, FunctionWordVote.Decide(text));

    [Theory]
    [InlineData("OpenAI Superalignment")]
    [InlineData("de la")]
    [InlineData("")]
    [InlineData("Lab names new head")]
    [InlineData("OpenAI's safety lead quits\nJan Leike's exit follows Ilya Sutskever's.")]
    public void Decide_WhenFunctionWordsAreFewOrShared_LeavesItToDetection(string text) =>
        Assert.Null(FunctionWordVote.Decide(text));

    [Fact]
    public void Decide_WhenTwoLanguagesMix_LeavesItToDetection() =>
        Assert.Null(FunctionWordVote.Decide("het team van de lab und der die das und ist"));

    [Fact]
    public void Decide_OnTheProjectsLabelledItems_NeverContradictsTheLabelAndSettlesMost()
    {
        var items = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Classification", "Data"), "*.jsonl")
            .SelectMany(LabelledItemReader.ReadFile)
            .ToList();

        var decisions = items
            .Select(item => (item, decided: FunctionWordVote.Decide($"{item.Title}\n{item.Summary}")))
            .Where(pair => pair.decided is not null)
            .ToList();

        Assert.True(items.Count > 2000, $"expected the labelled batches, found {items.Count} items");
        Assert.Empty(decisions.Where(pair => pair.decided != pair.item.Lang).Select(pair => pair.item.Id));
        Assert.True(decisions.Count > items.Count / 2, $"settled {decisions.Count} of {items.Count}");
    }
}
