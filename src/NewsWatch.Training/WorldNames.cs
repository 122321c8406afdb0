using Bogus;
using Bogus.Bson;

namespace NewsWatch.Training;

/// <summary>
/// Writes Core's <c>names.world.tsv</c>: the given names of the locales whose people tech news
/// names, as Bogus's locale data holds them. Core reads the file and never references Bogus,
/// which would keep every locale's data in memory.
/// </summary>
internal static class WorldNames
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

    /// <summary>The names, one word each, capitalised, sorted and without repeats.</summary>
    public static IReadOnlyList<string> Collect()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var locale in Locales)
        {
            if (Database.GetLocale(locale)["name"] is not BObject name)
                continue;
            foreach (var key in Keys)
            {
                if (!name.ContainsKey(key) || name[key] is not BArray list)
                    continue;
                for (var i = 0; i < list.Count; i++)
                {
                    var value = list[i].StringValue;
                    if (value.Length >= MinLength && !value.Contains(' ', StringComparison.Ordinal) && char.IsUpper(value[0]) && !value.Contains('#', StringComparison.Ordinal))
                        names.Add(value);
                }
            }
        }

        return [.. names];
    }

    /// <summary>The file's text: a header saying where the names come from, then one name a line.</summary>
    public static string FileText(IReadOnlyList<string> names) =>
        "# Given names of the locales tech news reports from, from the Bogus library's locale data\n"
        + $"# ({string.Join(", ", Locales)}). Generated: dotnet run --project src/NewsWatch.Training -- world-names\n"
        + "# Read by Knowledge/WorldGivenNames.cs; do not edit by hand.\n"
        + string.Join('\n', names) + "\n";
}
