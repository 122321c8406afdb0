using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>
/// Floors on the labelled story sets in Alerts/Data, each written blind to the code, with
/// near-misses such as two departures at one lab in one week: stories.jsonl (48 stories, 170
/// reports), stories13.jsonl (22 stories, 75 reports), stories14.jsonl (20 stories, 73 reports)
/// stories15.jsonl (20 stories, 70 reports), stories16.jsonl (20 stories, 72 reports),
/// stories17.jsonl (22 stories, 79 reports), stories18.jsonl (22 stories, 76 reports),
/// stories19.jsonl (22 stories, 80 reports), stories20.jsonl (22 stories, 81 reports),
/// stories21.jsonl (22 stories, 79 reports), stories22.jsonl (22 stories, 80 reports),
/// stories23.jsonl (22 stories, 80 reports, many never saying AI), stories24.jsonl (20 stories,
/// 72 reports), stories25.jsonl (20 stories, 70 reports) and stories26.jsonl (20 stories, 71
/// reports, four of them passing mentions labelled none), stories27.jsonl (20 stories, 74
/// reports), stories28.jsonl (20 stories, 72 reports, mostly restructurings and resources) and
/// stories29.jsonl (20 stories, 68 reports), stories30.jsonl (41 stories, 142 reports, a few
/// of them full articles carried in the summary), stories31.jsonl (40 stories, 143 reports) and
/// stories32.jsonl (40 stories, 142 reports, five of them escalations), stories33.jsonl (42
/// stories, 145 reports, with company names that read like people's) and stories34.jsonl (45
/// stories, 151 reports, with public bodies named differently in each language) and stories35.jsonl
/// (16 stories, 60 reports, with a lab's two changes a week apart) and stories36.jsonl (16 stories,
/// 60 reports, with one person's exit and later arrival as two stories) and stories37.jsonl (16
/// stories, 62 reports, with names written family name first or transliterated) and
/// stories38.jsonl (16 stories, 60 reports, with same-lab changes a week apart and look-alike
/// names and acronyms) and stories39.jsonl (16 stories, 60 reports, with escalations, one
/// person's two exits months apart and a follow-up interview) and stories40.jsonl (16 stories,
/// 60 reports, with same-day formations at two labs, namesakes hired two weeks apart and a
/// press release beside outside press) and stories41.jsonl (16 stories, 60 reports, with one
/// person's arrival and exit five weeks apart, two institutes renamed in one week, a wire story
/// copied with edits and namesakes leaving two labs in one week), all in
/// seven languages. Their figures before and after are in
/// docs/classification.md. The floors hold what was reached, a little under it; the recall
/// target (0.95) is met on none of them.
/// </summary>
public sealed class StoryFloorsTests
{
    [Theory]
    [InlineData("stories.jsonl", 48, 0.97, 0.90, 0)]
    [InlineData("stories13.jsonl", 22, 0.97, 0.95, 0)]
    [InlineData("stories14.jsonl", 20, 0.97, 0.93, 0)]
    // A "safety team" at a company whose reports never say AI now needs AI said, as a plant's does.
    [InlineData("stories15.jsonl", 20, 0.97, 0.58, 0)]
    [InlineData("stories16.jsonl", 20, 0.97, 0.80, 0)]
    [InlineData("stories17.jsonl", 22, 0.97, 0.7, 0)]
    [InlineData("stories18.jsonl", 22, 0.97, 0.75, 0)]
    [InlineData("stories19.jsonl", 22, 0.97, 0.85, 0)]
    [InlineData("stories20.jsonl", 22, 0.97, 0.87, 0)]
    [InlineData("stories21.jsonl", 22, 0.97, 0.74, 0)]
    [InlineData("stories22.jsonl", 22, 0.97, 0.73, 0)]
    [InlineData("stories23.jsonl", 22, 0.97, 0.50, 0)]
    [InlineData("stories24.jsonl", 20, 0.97, 0.85, 0)]
    [InlineData("stories25.jsonl", 20, 0.97, 0.78, 0)]
    [InlineData("stories26.jsonl", 20, 0.97, 0.72, 0)]
    [InlineData("stories27.jsonl", 20, 0.97, 0.69, 0)]
    // Restructurings of evaluation and red teams whose reports never say AI: most raise no alert.
    [InlineData("stories28.jsonl", 20, 0.97, 0.58, 0)]
    [InlineData("stories29.jsonl", 20, 0.97, 0.69, 0)]
    [InlineData("stories30.jsonl", 41, 0.97, 0.64, 0)]
    [InlineData("stories31.jsonl", 40, 0.97, 0.54, 0)]
    [InlineData("stories32.jsonl", 40, 0.97, 0.46, 0)]
    // Three alerts still mix stories here: a lab's two departures in one week, one of them told only
    // by the role; a person's arrival at a lab and another arrival there; a body's new chief
    // scientist named in passing in the report of its dissolution a week later.
    [InlineData("stories33.jsonl", 42, 0.96, 0.73, 3)]
    // Two alerts mix stories here: a company name read as a person's joins two labs' formations on
    // one day; a person named in passing ("since she resigned last September") joins her later exit.
    // A team split in two now joins its story's other reports, and with them an alert that already
    // mixes a person's exit from an institute into that lab's reorganisation: precision 0.936 -> 0.915.
    // A German report of a red team placed under another department ("ordnet ... unter") is now an
    // alert, and joins the same lab's other restructuring of another week: a third mixed alert,
    // precision 0.915 -> 0.879. Same-lab restructurings of different teams stay a known weakness.
    [InlineData("stories34.jsonl", 45, 0.87, 0.60, 3)]
    // One alert mixes stories here: a lab's team disbanded a week after its lead left, the report
    // naming her. Other story sets label the same pair one story; this one labels it two.
    [InlineData("stories35.jsonl", 16, 0.80, 0.80, 1)]
    // Scored untuned at 8563dfc: pairwise precision 1.000, recall 0.709, no mix.
    [InlineData("stories36.jsonl", 16, 0.97, 0.70, 0)]
    // Scored untuned at 32b8370: pairwise precision 1.000, recall 0.500, no mix.
    [InlineData("stories37.jsonl", 16, 0.97, 0.60, 0)]
    // Scored untuned at 6bc927d: pairwise precision 1.000, recall 0.918, no mix.
    [InlineData("stories38.jsonl", 16, 0.97, 0.92, 0)]
    // Scored untuned at f5b6d1a: pairwise precision 1.000, recall 0.831, no mix.
    [InlineData("stories39.jsonl", 16, 0.97, 0.87, 0)]
    // Scored untuned at 3bec140: pairwise precision 1.000, recall 0.906, no mix.
    [InlineData("stories40.jsonl", 16, 0.97, 0.89, 0)]
    // Scored untuned at 19ad00a: pairwise precision 1.000, recall 0.805, no mix.
    [InlineData("stories41.jsonl", 16, 0.97, 0.80, 0)]
    public void Evaluate_OnALabelledStorySet_KeepsStoriesApartAndJoinsAtLeastWhatItDoes(string file, int stories, double minPrecision, double minRecall, int maxMixed)
    {
        var items = LabelledItemReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "Alerts", "Data", file));

        var card = StoryReportCard.Evaluate(items, SharedClassifier.Instance, TimeSpan.FromDays(10));

        Assert.Equal(stories, card.Stories);
        Assert.True(card.Pairs.Precision >= minPrecision, $"pairwise {card.Pairs}");
        Assert.True(card.Pairs.Recall >= minRecall, $"pairwise {card.Pairs}");
        Assert.True(card.Mixed <= maxMixed, $"{card.Mixed} alerts mix stories");
    }
}
