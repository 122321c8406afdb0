using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>The lexicon audit names the long phrases only one labelled item matches.</summary>
public class LexiconAuditTests
{
    private static readonly string DataFolder = Path.Combine(AppContext.BaseDirectory, "Classification", "Data");

    [Fact]
    public void Run_WhenOneItemAloneMatchesALongPhrase_ReportsItAsResidue()
    {
        var items = new[]
        {
            Item("one", "The Lantern Labs safety unit is now known as Model Assurance"),
            Item("two", "Lantern Labs names a new head of its safety unit"),
        };

        var report = LexiconAudit.Run(SharedClassifier.Instance, items);

        var residue = Assert.Single(report.Residue, r => r.Row.Phrase == "now known as");
        Assert.Equal("one", residue.ItemId);
        Assert.Equal(("en", "restructuring"), (residue.Row.Language, residue.Row.Label));
        Assert.Equal(2, report.ItemsAudited);
    }

    [Fact]
    public void Run_WhenSeveralItemsMatchALongPhrase_DoesNotReportIt()
    {
        var items = new[]
        {
            Item("one", "The Lantern Labs safety unit is now known as Model Assurance"),
            Item("two", "Its preparedness group is now known as Frontier Readiness"),
        };

        var report = LexiconAudit.Run(SharedClassifier.Instance, items);

        Assert.DoesNotContain(report.Residue, r => r.Row.Phrase == "now known as");
    }

    [Fact]
    public void Run_WhenOneItemAloneMatchesASingleWord_CountsItButDoesNotCallItResidue()
    {
        var report = LexiconAudit.Run(SharedClassifier.Instance, [Item("one", "Lantern Labs safety lead resigns")]);

        Assert.True(report.RowsSeenOnce > 0);
        Assert.All(report.Residue, r => Assert.True(r.Row.Phrase.Split(' ').Length >= LexiconAudit.MinPhraseWords, r.Row.Phrase));
    }

    [Fact]
    public void Run_WhenOneItemAloneMatchesAnIdiom_CountsItApartFromResidue()
    {
        var report = LexiconAudit.Run(SharedClassifier.Instance, [Item("one", "Lantern Labs' head of alignment heads for the exit")]);

        Assert.DoesNotContain(report.Residue, r => r.Row.Phrase == "heads for the exit");
        Assert.True(report.IdiomsSeenOnce >= 1, $"{report.IdiomsSeenOnce} idioms seen once");
    }

    [Fact]
    public void Run_OnTheProjectsOwnItems_FindsNoResidue()
    {
        var items = Directory.GetFiles(DataFolder, "*.jsonl").Order(StringComparer.Ordinal).SelectMany(LabelledItemReader.ReadFile).ToList();

        var report = LexiconAudit.Run(SharedClassifier.Instance, items);

        Assert.NotEmpty(items);
        Assert.True(
            report.Residue.Count == 0,
            $"{report.Residue.Count} lexicon phrases only one labelled item matches; generalise or remove each, or mark a fixed expression '# idiom: gloss':\n"
            + string.Join('\n', report.Residue.Select(r => $"{r.Row.Language}\t{r.Row.Kind}\t{r.Row.Label}\t{r.Row.Phrase}\t{r.ItemId}")));
    }

    private static LabelledItem Item(string id, string title) => new(id, "en", title, string.Empty, null, null, null, null);
}
