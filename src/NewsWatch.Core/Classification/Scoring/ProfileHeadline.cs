using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// A feature about someone's life after AI-safety work, told by its headline: two of a journey
/// ("From red-teaming to rennet", "Vom KI-Labor ins Rathaus"), a former role and a present one
/// ("Ex-chefe de segurança agora cultiva café", "l'ancien chef devenu maire"), or the genre's own
/// words ("life after the lab", "la nueva vida de"). Such a headline tells no
/// change as news: what its lede and body retell of the old job is background. A headline that
/// does tell a change ("From OpenAI to Anthropic: safety lead joins rival") is news whatever else
/// it says.
/// </summary>
internal static class ProfileHeadline
{
    // Below this, an event cue in the headline only describes someone ("former", "ex", "ancien").
    private const double NewsCueWeight = 0.5;

    // "From ... to ...": the destination word comes after at least one word of the origin.
    private const int MinOriginWords = 1;

    private static readonly FrozenSet<string> JourneyOpeners = Set("from", "vom", "von", "de", "del", "da", "dal", "dalla", "do", "du", "des", "van");

    private static readonly FrozenSet<string> JourneyDestinations = Set(
        "to", "into", "zum", "zur", "ins", "auf", "aufs", "a", "al", "ala", "ao", "aos", "au", "aux", "alla", "allo", "nel", "nella", "naar", "in");

    private static readonly FrozenSet<string> Former = Set(
        "former", "ex", "ehemalige", "ehemaliger", "ehemaligen", "voormalig", "voormalige", "oud", "antiguo", "antigua", "ancien", "ancienne", "exdirector", "exdirectora");

    private static readonly FrozenSet<string> Now = Set(
        "now", "nowadays", "agora", "hoje", "nu", "tegenwoordig", "maintenant", "desormais", "devenu", "devenue", "jetzt", "heute", "inzwischen",
        "ahora", "hoy", "ora", "oggi", "adesso", "ormai");

    // The genre's words, as pairs of folded words: "life after", "nouvelle vie", "neues Leben".
    private static readonly FrozenSet<(string, string)> GenrePairs = new[]
    {
        ("life", "after"), ("new", "life"), ("second", "career"), ("nouvelle", "vie"), ("seconde", "vie"), ("neues", "leben"), ("zweite", "karriere"),
        ("nueva", "vida"), ("segunda", "vida"), ("nuova", "vita"), ("seconda", "vita"), ("nova", "vida"), ("nieuw", "leven"), ("tweede", "leven"), ("tweede", "carriere"),
    }.ToFrozenSet();

    /// <summary>Whether the headline is a profile's and tells no change as news.</summary>
    public static bool Is(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        var title = tokens.TakeWhile(t => t.InTitle).Select(t => t.Forms.Surface).ToList();
        if (title.Count == 0 || cues.Exists(c => c.Value.Kind == CueKind.Event && c.Value.Weight >= NewsCueWeight && tokens[c.FirstToken].InTitle))
            return false;
        // A journey alone is a teaser too ("Vom Amt ins Start-up" over a hire): it takes a former
        // role or a present one as well.
        var marks = (IsJourney(title) ? 1 : 0) + (title.Exists(IsFormer) ? 1 : 0) + (title.Exists(Now.Contains) ? 1 : 0);
        return marks >= 2 || HasGenrePair(title);
    }

    private static bool IsJourney(List<string> title) =>
        JourneyOpeners.Contains(title[0]) && title.Skip(1 + MinOriginWords).Any(JourneyDestinations.Contains);

    // "Ex-chefe", "Oud-OpenAI-onderzoeker": the marker may open a compound.
    private static bool IsFormer(string word) =>
        Former.Contains(word) || word.StartsWith("ex-", StringComparison.Ordinal) || word.StartsWith("oud-", StringComparison.Ordinal);

    private static bool HasGenrePair(List<string> title)
    {
        for (var i = 0; i + 1 < title.Count; i++)
        {
            if (GenrePairs.Contains((title[i], title[i + 1])))
                return true;
        }

        return false;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
