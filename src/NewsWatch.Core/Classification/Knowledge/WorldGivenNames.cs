using System.Collections.Frozen;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// Given names from the locales of the people tech news names (<c>names.world.tsv</c>, about
/// twelve thousand, written from the Bogus library's locale data by <c>NewsWatch.Training
/// world-names</c>): "Magdalena Fenn" or "Callum Brackley" is a person though no hand-kept list knows
/// the first word. Folded like token surfaces. Only the rule that a capitalised pair opening with a
/// given name is a person reads them, and not where the name is a word of the item's language:
/// companies are often named like people ("Nova", "Aurora"), so the curated
/// <see cref="KnowledgeBase.GivenNames"/> keeps that job.
/// </summary>
internal static class WorldGivenNames
{
    /// <summary>The folded names of <paramref name="rows"/>, less those <paramref name="isNeverAName"/> says are never names (months, places).</summary>
    public static FrozenSet<string> From(IEnumerable<TsvRow> rows, Func<string, bool> isNeverAName) =>
        rows.Select(row => AccentFolding.Fold(row.Fields[0].ToLowerInvariant()))
            .Where(name => !isNeverAName(name))
            .ToFrozenSet(StringComparer.Ordinal);
}
