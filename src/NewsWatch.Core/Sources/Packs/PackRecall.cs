using NewsWatch.Core.Classification;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Sources.Packs;

/// <summary>
/// Measures a pack by replaying it over labelled items as a search would: an item is found when
/// any query of its language matches its title and summary (the text a search feed indexes
/// and returns). Items without a label are skipped.
/// </summary>
public static class PackRecall
{
    public static PackRecallReport Measure(QueryPack pack, IEnumerable<LabelledItem> items)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(items);
        var tallies = new SortedDictionary<string, Tally>(StringComparer.Ordinal);
        var missed = new List<string>();
        foreach (var item in items.Where(i => i.Label is not null))
        {
            var isPositive = item.Label!.Event != AlertEvent.None;
            var found = pack.Finds(item.Lang, item.Title + " " + item.Summary);
            if (!tallies.TryGetValue(item.Lang, out var tally))
                tallies[item.Lang] = tally = new Tally();
            tally.Count(isPositive, found);
            if (isPositive && !found)
                missed.Add(item.Id);
        }

        var rows = tallies.Select(pair => pair.Value.Row(pair.Key)).ToList();
        return new PackRecallReport(rows, Sum(rows), missed);
    }

    private static PackRecallRow Sum(List<PackRecallRow> rows) => new(
        "all",
        rows.Sum(r => r.Positives),
        rows.Sum(r => r.PositivesFound),
        rows.Sum(r => r.Negatives),
        rows.Sum(r => r.NegativesLetThrough));

    private sealed class Tally
    {
        private int positives, positivesFound, negatives, negativesLetThrough;

        public void Count(bool isPositive, bool found)
        {
            if (isPositive)
            {
                positives++;
                positivesFound += found ? 1 : 0;
            }
            else
            {
                negatives++;
                negativesLetThrough += found ? 1 : 0;
            }
        }

        public PackRecallRow Row(string lang) => new(lang, positives, positivesFound, negatives, negativesLetThrough);
    }
}
