using System.Buffers;
using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// A feature about someone's life after AI-safety work, told by its headline: two of a journey
/// ("From red-teaming to rennet", "Vom KI-Labor ins Rathaus"), a former role and a present one
/// ("Ex-chefe de segurança agora cultiva café", "l'ancien chef devenu maire"), or the genre's own
/// words ("life after the lab", "la nueva vida de"). Such a headline tells no change as news:
/// what its lede and body retell of the old job is background. A headline that tells a change
/// ("... safety lead joins rival"), or whose new life is AI work ("now at Anthropic", "now have
/// their own lab"), or whose former thing is a team or institute, is news.
/// </summary>
internal static class ProfileHeadline
{
    // Below this, an event cue in the headline only describes someone ("former", "ex", "ancien").
    private const double NewsCueWeight = 0.5;

    // An AI-safety institute or a safety organisation in the gazetteer, not a lab whose news is mostly about other things.
    private const double BodyScope = 0.9;

    // How far after "now" or "to" the new life, or the new post, is told.
    private const int Reach = 5;

    // "From ... to ...": the destination word comes after at least one word of the origin.
    private const int MinOriginWords = 1;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(":?!;,—–(«\".");

    // The words before an employer's name: "now at", "désormais chez", "jetzt bei", "agora na".
    private static readonly FrozenSet<string> MoveWords = Set("at", "with", "joins", "chez", "rejoint", "bei", "bij", "na", "no", "presso", "con", "da");

    // Where AI work is done, as a profile's new life never is: "now have their own lab".
    private static readonly FrozenSet<string> Workplaces = Set(
        "lab", "labs", "laboratory", "labo", "laboratoire", "labor", "laboratorium", "laboratorio", "startup", "start", "team", "equipe", "equipo",
        "equipa", "squadra", "institute", "institut", "instituto", "istituto", "instituut");

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
    public static bool Is(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, List<PhraseMatch<GazetteerEntry>> entities)
    {
        var title = tokens.TakeWhile(t => t.InTitle).Select(t => t.Forms.Surface).ToList();
        if (title.Count == 0)
            return false;
        var journey = JourneyDestination(title);
        var former = title.FindIndex(IsFormer);
        var now = title.FindIndex(Now.Contains);
        var genre = GenrePairAt(title);
        // Most headlines have none of the marks: nothing more to look at.
        if ((journey < 0 && former < 0 && now < 0 && genre < 0)
            || cues.Exists(c => c.Value.Kind == CueKind.Event && c.Value.Weight >= NewsCueWeight && tokens[c.FirstToken].InTitle))
            return false;
        var marks = TitleMarks.Of(text, tokens, title.Count, cues, entities);

        // What the person does now, or where the journey ends, is what tells a profile from news:
        // "now runs a bakery" is a new life, "now at Anthropic" or "to Anthropic" is a move, and a
        // former team, institute or lab ("former superalignment team now part of research") is
        // an organisation's change.
        if ((journey >= 0 && marks.SaysAiAfter(journey)) || (now >= 0 && (marks.SaysAiAfter(now) || marks.NamesAnEmployerAfter(now)))
            || (former >= 0 && marks.IsBodyOrTeam(former, now)))
            return false;

        // A journey alone is a teaser too ("Vom Amt ins Start-up" over a hire): it takes a former
        // role or a present one as well.
        var count = (journey >= 0 ? 1 : 0) + (former >= 0 ? 1 : 0) + (now >= 0 ? 1 : 0);
        return count >= 2 || (genre >= 0 && !marks.NamesAfter(genre + 1));
    }

    // The destination word of "From ... to ...", or -1.
    private static int JourneyDestination(List<string> title)
    {
        if (!JourneyOpeners.Contains(title[0]))
            return -1;
        for (var i = 1 + MinOriginWords; i < title.Count; i++)
        {
            if (JourneyDestinations.Contains(title[i]))
                return i;
        }

        return -1;
    }

    // "Ex-chefe", "Oud-OpenAI-onderzoeker": the marker may open a compound.
    private static bool IsFormer(string word) =>
        Former.Contains(word) || word.StartsWith("ex-", StringComparison.Ordinal) || word.StartsWith("oud-", StringComparison.Ordinal);

    // Where the genre's pair of words starts, or -1.
    private static int GenrePairAt(List<string> title)
    {
        for (var i = 0; i + 1 < title.Count; i++)
        {
            if (GenrePairs.Contains((title[i], title[i + 1])))
                return i;
        }

        return -1;
    }

    // Which headline words say AI (a cue, an organisation or team, a lab), which name an
    // organisation or team, which name an employer ("at Ternavia"), which name a team or a safety
    // body, and which end a clause ("From AI risk to rye: the former safety chief ...").
    private sealed record TitleMarks(bool[] Ai, bool[] Named, bool[] AtEmployer, bool[] BodyOrTeam, bool[] ClauseEnds)
    {
        public static TitleMarks Of(string text, List<TextToken> tokens, int titleLength, List<PhraseMatch<Cue>> cues, List<PhraseMatch<GazetteerEntry>> entities)
        {
            var marks = new TitleMarks(new bool[titleLength], new bool[titleLength], new bool[titleLength], new bool[titleLength], new bool[titleLength]);
            for (var i = 0; i < titleLength; i++)
            {
                marks.Ai[i] = Workplaces.Contains(tokens[i].Forms.Surface);
                marks.AtEmployer[i] = i + 1 < titleLength && MoveWords.Contains(tokens[i].Forms.Surface) && tokens[i + 1].IsCapitalised;
                var next = i + 1 < tokens.Count ? tokens[i + 1].Start : text.Length;
                marks.ClauseEnds[i] = text.AsSpan(tokens[i].End, next - tokens[i].End).IndexOfAny(ClauseBreaks) >= 0;
            }

            foreach (var cue in cues.Where(c => c.FirstToken < titleLength && c.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi or CueKind.AiContext or CueKind.TeamNoun or CueKind.Event))
            {
                Mark(marks.Ai, cue.FirstToken, cue.TokenCount);
                if (cue.Value.Kind == CueKind.TeamNoun)
                    Mark(marks.BodyOrTeam, cue.FirstToken, cue.TokenCount);
            }

            foreach (var entity in entities.Where(e => e.FirstToken < titleLength && e.Value.Kind != EntityKind.Person))
            {
                Mark(marks.Ai, entity.FirstToken, entity.TokenCount);
                Mark(marks.Named, entity.FirstToken, entity.TokenCount);
                if (entity.Value.Kind == EntityKind.Team || entity.Value.ScopeWeight >= BodyScope)
                    Mark(marks.BodyOrTeam, entity.FirstToken, entity.TokenCount);
            }

            return marks;
        }

        public bool SaysAiAfter(int at) => Any(Ai, at, Reach);

        // "Life after the lab" and "la nueva vida del exjefe de seguridad" are the genre; "new life
        // for the AI Safety Institute" is its renaming.
        public bool NamesAfter(int at) => Any(Named, at, Reach);

        // "now at Ternavia", "agora na Tarnwick": a move to a named employer, which a new trade is not.
        public bool NamesAnEmployerAfter(int at) => Any(AtEmployer, at, Reach);

        // A team or body between "former" and "now" (or in the words after "former") is the one that changed.
        public bool IsBodyOrTeam(int former, int now) => Any(BodyOrTeam, former, now > former ? now - former - 1 : Reach);

        private static void Mark(bool[] marks, int first, int count)
        {
            for (var i = first; i < Math.Min(marks.Length, first + count); i++)
                marks[i] = true;
        }

        // Within the clause, at most this many words after the one at the index.
        private bool Any(bool[] marks, int at, int count)
        {
            for (var i = at + 1; i < Math.Min(marks.Length, at + 1 + count); i++)
            {
                if (marks[i])
                    return true;
                if (ClauseEnds[i])
                    return false;
            }

            return false;
        }
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
