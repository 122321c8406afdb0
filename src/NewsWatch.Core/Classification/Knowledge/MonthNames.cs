using System.Collections.Frozen;
using System.Globalization;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// The months' names in the seven languages, folded as words are compared ("février" is
/// "fevrier", "März" "marz"), from the runtime's own culture data rather than a list of our own.
/// </summary>
internal static class MonthNames
{
    private static readonly FrozenDictionary<string, int> Numbers = Build();

    /// <summary>The month (1 to 12) a folded word names, or null.</summary>
    public static int? NumberOf(string foldedWord) => Numbers.TryGetValue(foldedWord, out var month) ? month : null;

    private static FrozenDictionary<string, int> Build()
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in SupportedLanguages.All)
        {
            var format = CultureInfo.GetCultureInfo(language).DateTimeFormat;
            foreach (var names in new[] { format.MonthNames, format.MonthGenitiveNames })
            {
                for (var month = 0; month < 12; month++)
                {
                    if (names[month].Length > 0)
                        numbers.TryAdd(AccentFolding.Fold(names[month].ToLowerInvariant()), month + 1);
                }
            }
        }

        return numbers.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
