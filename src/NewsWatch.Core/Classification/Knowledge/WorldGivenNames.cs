using System.Collections.Frozen;
using Bogus;
using Bogus.Bson;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// Given names from the locales of the people tech news names, as Bogus's locale data holds them
/// (about twelve thousand): "Magdalena Voss" or "Callum Ferris" is a person though no hand-kept
/// list knows the first word. Folded like token surfaces. Only the rule that a capitalised pair
/// opening with a given name is a person reads them, and not where the name is a word of the
/// item's language: companies are often named like people ("Nova", "Aurora"), so the curated
/// <see cref="KnowledgeBase.GivenNames"/> keeps that job.
/// </summary>
internal static class WorldGivenNames
{
    // The seven languages' locales and those of the names their news carries most; Vietnamese is
    // left out, as its given names are syllables that are also words elsewhere ("An", "Bao").
    private static readonly string[] Locales =
    [
        "en", "en_AU", "en_IND", "en_NG", "fr", "de", "de_AT", "de_CH", "es", "es_MX", "it", "pt_BR", "pt_PT", "nl", "nl_BE",
        "tr", "fa", "pl", "cz", "sk", "hr", "ro", "uk", "ru", "sv", "nb_NO", "fi", "id_ID", "zh_CN", "ko", "ja",
    ];

    private static readonly string[] Keys = ["first_name", "male_first_name", "female_first_name"];

    // Two letters are initials or particles more often than names.
    private const int MinLength = 3;

    /// <summary>The folded names, less those <paramref name="isWord"/> says are never names (months, places).</summary>
    public static FrozenSet<string> Load(Func<string, bool> isWord)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var locale in Locales)
        {
            if (Database.GetLocale(locale)["name"] is not BObject name)
                continue;
            foreach (var key in Keys)
            {
                if (!name.ContainsKey(key) || name[key] is not BArray list)
                    continue;
                for (var i = 0; i < list.Count; i++)
                    Add(list[i].StringValue, names, isWord);
            }
        }

        return names.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Add(string name, HashSet<string> names, Func<string, bool> isWord)
    {
        if (name.Length < MinLength || name.Contains(' ', StringComparison.Ordinal) || !char.IsUpper(name[0]))
            return;
        var folded = AccentFolding.Fold(name.ToLowerInvariant());
        if (!isWord(folded))
            names.Add(folded);
    }
}
