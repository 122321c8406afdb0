using NewsWatch.Core.Classification;
using NewsWatch.Core.Storage;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// One report of a story as its reader sees it: the text NewsWatch read (headline, summary, the
/// article's start), what the classifier makes of it, and the evidence within that text.
/// </summary>
/// <param name="Text">The headline, a newline, then the summary and article, cut to <see cref="MaxLength"/>.</param>
/// <param name="IsCut">Whether the report goes on past <see cref="Text"/>; evidence further on is in <see cref="Further"/>.</param>
public sealed record ReportText(string FeedId, string ItemId, string Text, bool IsCut, AlertEvent Event, IReadOnlyList<Evidence> Evidence, IReadOnlyList<Evidence> Further)
{
    // Thirty reports of a few thousand characters stay a page a browser reads at once.
    public const int MaxLength = 4_000;

    // A long article can hold hundreds of spans; what is shown past the text is a summary of why.
    private const int MaxFurther = 20;

    public static ReportText Of(StoredItem stored, Classifier classifier)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(classifier);
        var item = stored.Item;
        var result = classifier.Classify(item);
        var text = Classifier.TextOf(item);
        var shown = text.Length > MaxLength ? text[..MaxLength] : text;
        var spans = result.Evidence.Where(e => e.Text.Length > 0).ToList();
        return new ReportText(
            item.FeedId, item.Id, shown, shown.Length < text.Length, result.Event,
            [.. spans.Where(e => e.Start + e.Text.Length <= shown.Length)],
            [.. spans.Where(e => e.Start + e.Text.Length > shown.Length).Take(MaxFurther)]);
    }
}
