using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;
using NewsWatch.Core.Sources.Packs;

namespace NewsWatch.Core.Tests.Sources.Packs;

/// <summary>
/// A pack's worth is the share of real changes its searches would return. Floors sit a little
/// below the recall measured on the repository's labelled files, which the ai-safety pack was
/// tuned on (see docs/sources.md), so they guard against regressions rather than estimate
/// recall on unseen news.
/// </summary>
public class PackRecallTests
{
    private static readonly Lazy<PackRecallReport> FixtureReport = new(() =>
        PackRecall.Measure(AiSafety, Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Classification", "Data"), "*.jsonl")
            .SelectMany(LabelledItemReader.ReadFile)));

    private static QueryPack AiSafety => QueryPacks.Find("ai-safety")!;

    [Fact]
    public void Measure_CountsFoundPositivesAndNegativesLetThroughPerLanguage()
    {
        var pack = QueryPackReader.Read(new StringReader("en\tsafety quits\nfr\tsécurité démission\n"), "tiny").Pack!;
        LabelledItem[] items =
        [
            Item("1", "en", "Safety lead quits", AlertEvent.Departure),
            Item("2", "en", "Safety lead stays", AlertEvent.Departure),
            Item("3", "en", "Workplace safety officer quits", AlertEvent.None),
            Item("4", "fr", "Démission à la sécurité", AlertEvent.Departure),
            Item("5", "nl", "Veiligheidschef vertrekt", AlertEvent.Departure),
        ];

        var report = PackRecall.Measure(pack, items);

        Assert.Equal(new PackRecallRow("en", 2, 1, 1, 1), report.For("en"));
        Assert.Equal(new PackRecallRow("fr", 1, 1, 0, 0), report.For("fr"));
        Assert.Equal(new PackRecallRow("nl", 1, 0, 0, 0), report.For("nl"));
        Assert.Equal(new PackRecallRow("all", 4, 2, 1, 1), report.Total);
        Assert.Equal(["2", "5"], report.MissedPositiveIds);
        Assert.Equal(0.5, report.Total.Recall);
    }

    [Theory]
    // Blind batches 30 to 43 came after the pack was written; batch 35's vague restructuring
    // headlines are found at 0.56 by replay, batch 41 at 0.81 (docs/sources.md). With 30 to 41:
    // en 0.849, de 0.818, es 0.884, fr 0.888, it 0.909, pt 0.879, nl 0.765; German fell to 0.809
    // with batches 42 and 43.
    [InlineData("en", 0.84)]
    [InlineData("fr", 0.87)]
    [InlineData("de", 0.80)]
    [InlineData("es", 0.88)]
    [InlineData("it", 0.90)]
    [InlineData("pt", 0.85)]
    [InlineData("nl", 0.75)]
    public void AiSafetyPack_OnRepositoryFixtures_MeetsRecallFloor(string lang, double floor)
    {
        var row = FixtureReport.Value.For(lang);

        Assert.NotNull(row);
        Assert.True(row.Recall >= floor, row.ToString());
    }

    [Fact]
    public void AiSafetyPack_OnRepositoryFixtures_StillLeavesMostLookAlikesOut()
    {
        var total = FixtureReport.Value.Total;

        // Hand-written general queries let more look-alikes through than queries fitted to these
        // files did (0.30 measured); the classifier refuses them. Batches 37 to 39 added negatives
        // written to look like positives, which searches find too (0.351 with them); batch 44's
        // money and product headlines over safety news, and its considered changes, 0.371; batches 46
        // and 47, whose negatives are indexes, spared teams and safety talk in interviews, 0.386;
        // batch 48's spared teams, lawsuits over old dismissals and evaluation start-ups, 0.391;
        // batch 50's denials, job adverts, prizes and opinion questions about safety teams, 0.400;
        // batch 52's teams that publish or win prizes, other industries' red teams, live blogs, 0.412.
        Assert.True(total.ShareLetThrough <= 0.42, total.ToString());
    }

    [Fact]
    public void AiSafetyPack_OnSharedDevSet_MeetsRecallFloor()
    {
        var path = SharedDevSet();
        if (path is null)
            Assert.Skip("../shared/eval/dev.jsonl was not found beside the directory holding NewsWatch.sln.");

        var report = PackRecall.Measure(AiSafety, LabelledItemReader.ReadFile(path));

        Assert.True(report.Total.Recall >= 0.75, string.Join("\n", report.Languages.Append(report.Total)));
    }

    private static LabelledItem Item(string id, string lang, string title, AlertEvent label) =>
        new(id, lang, title, string.Empty, null, null, null, new ItemLabel(label, [label], [], [], []));

    private static string? SharedDevSet()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsWatch.sln")))
            {
                var path = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "eval", "dev.jsonl"));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }
}
