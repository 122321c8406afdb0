using System.Text;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>
/// Compares predicted entity names with labelled ones, ignoring case, accents and punctuation.
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

    /// <summary>Lower case, accents folded, every run of non-alphanumerics one space, padded with spaces for whole-word containment.</summary>
    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = AccentFolding.Fold(name.ToLowerInvariant());
        var builder = new StringBuilder(folded.Length + 2).Append(' ');
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(c);
            else if (builder[^1] != ' ')
                builder.Append(' ');
        }

        if (builder[^1] != ' ')
            builder.Append(' ');
        return builder.ToString();
    }

    private static bool IsSameEntity(string a, string b) =>
        a.Length > 2 && b.Length > 2 && (a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal));
}
