using System.Text.RegularExpressions;
using NewsWatch.Core.Classification.Evaluation;

namespace NewsWatch.Core.Tests.Classification.Evaluation;

/// <summary>
/// Rewrites a labelled item with invented people and companies in place of the ones it names,
/// so an evaluation measures what the classifier reads from the text rather than from its
/// lists of names. Public bodies and teams keep their names: those are descriptive ("AI Safety
/// Institute", "comité d'éthique") and say what they are in any wording.
/// </summary>
internal static partial class NameSwap
{
    // Invented, and half of them without the "Labs"/"AI" ending that gives a start-up away.
    private static readonly string[] Companies = ["Norvalis", "Kestrel Labs", "Ostrava Systems", "Brightwater AI", "Quillon", "Halden Labs", "Marrow Technologies", "Pellucid AI"];
    private static readonly string[] People = ["Ada Pruitt", "Tomas Wren", "Ines Calloway", "Bram Oster", "Lucia Fenn", "Marco Dall", "Hanna Visser", "Paulo Reis"];

    public static LabelledItem Apply(LabelledItem item, int seed)
    {
        var title = item.Title;
        var summary = item.Summary;
        var swaps = item.Label!.Orgs.Where(org => !DescriptiveBody().IsMatch(org)).Select((org, i) => (org, Companies[(seed + i) % Companies.Length]))
            .Concat(item.Label.People.Select((person, i) => (person, People[(seed + i) % People.Length])))
            .OrderByDescending(swap => swap.Item1.Length);
        foreach (var (from, to) in swaps)
        {
            title = Replace(title, from, to);
            summary = Replace(summary, from, to);
        }

        return item with { Title = title, Summary = summary };
    }

    // A person named once in full is often named again by surname alone.
    private static string Replace(string text, string from, string to)
    {
        text = text.Replace(from, to, StringComparison.Ordinal);
        var surname = from.Split(' ')[^1];
        return from.Contains(' ', StringComparison.Ordinal) && surname.Length > 3
            ? Regex.Replace(text, $@"\b{Regex.Escape(surname)}\b", to.Split(' ')[^1])
            : text;
    }

    [GeneratedRegex(@"(?i)safety|security|institut|office|sicher|segur|sicur|veilig|ethic|ethik|étic|etic|alignment|forum|council|board|committee|comit|agenc|minist|govern|commission|parlament|parliament")]
    private static partial Regex DescriptiveBody();
}
