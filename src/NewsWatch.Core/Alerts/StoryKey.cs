using System.Globalization;
using System.Text;

namespace NewsWatch.Core.Alerts;

/// <summary>
/// How reports find the story they belong to: one key per named person, team or organisation,
/// spelt the same whatever the outlet's language or casing ("l'équipe Superalignment",
/// "Superalignment team" and "superalignment" share a key). The classifier names known
/// entities by their gazetteer's canonical name, so aliases in any language meet here too.
/// </summary>
public sealed record StoryKey(char Kind, string Name)
{
    public const char Person = 'p';

    /// <summary>A person's family name alone: later reports often write "Solberg-Arnaud" for "Katrin Solberg-Arnaud".</summary>
    public const char FamilyName = 'f';
    public const char Team = 't';
    public const char Org = 'o';

    // Words that name the kind of group rather than the group itself, in the seven languages.
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "team", "teams", "the", "equipe", "equipes", "l", "la", "le", "les", "de", "du", "des", "d",
        "das", "der", "die", "equipo", "el", "los", "squadra", "il", "lo", "equipa", "o", "a", "da", "het", "de", "van",
    };

    public string Partition => $"{Kind}|{Name}";

    /// <summary>The keys an alert or a report is filed under: its people, teams and organisations.</summary>
    public static IReadOnlyList<StoryKey> For(IEnumerable<string> people, IEnumerable<string> teams, IEnumerable<string> orgs) =>
        [.. Keys(Person, people).Concat(FamilyNames(people)).Concat(Keys(Team, teams)).Concat(Keys(Org, orgs)).Distinct()];

    // The last word of a name of two or more words, long enough not to be a particle or an initial.
    private static IEnumerable<StoryKey> FamilyNames(IEnumerable<string> people) =>
        people.Select(Normalise).Select(name => name.Split(' ')).Where(words => words.Length >= 2 && words[^1].Length > 3)
            .Select(words => new StoryKey(FamilyName, words[^1]));

    private static IEnumerable<StoryKey> Keys(char kind, IEnumerable<string> names) =>
        names.Select(Normalise).Where(name => name.Length > 1).Select(name => new StoryKey(kind, name));

    public static string Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            folded.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !GenericWords.Contains(word)));
    }
}
