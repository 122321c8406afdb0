using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>
/// Compares predicted entity names with labelled ones, ignoring case, accents and punctuation
/// ("&amp;" reads "and").
/// A prediction matches a label when one contains the other as whole words ("Superalignment"
/// matches "superalignment team"; "AI Safety Institute" matches "US AI Safety Institute"),
/// because labels spell names as each item does. Each label matches at most one prediction.
/// </summary>
public static class EntityMatcher
{
    public static BinaryMetrics Compare(IReadOnlyList<string> predicted, IReadOnlyList<string> labelled)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(labelled);
        var remaining = predicted.Select(Normalise).ToList();
        var matched = 0;
        foreach (var label in labelled.Select(Normalise))
        {
            var index = remaining.FindIndex(p => IsSameEntity(p, label));
            if (index < 0)
                continue;
            matched++;
            remaining.RemoveAt(index);
        }

        return new BinaryMetrics(matched, predicted.Count - matched, labelled.Count - matched, 0);
    }

    /// <summary>The comparison key of a name: see <see cref="NameKey"/>.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return NameKey.Of(name);
    }

    private static bool IsSameEntity(string a, string b) => NameKey.IsSameName(a, b);
}
