using System.Buffers;
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

    // An AI-safety institute or a safety organisation in the gazetteer, not a lab whose news is mostly about other things.
    private const double BodyScope = 0.9;

    // How far after "now" or "to" the new life, or the new post, is told.
    private const int Reach = 5;

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(":?!;,—–(«\".");

    // The words before an employer's name: "now at", "désormais chez", "jetzt bei", "agora na".
    private static readonly FrozenSet<string> MoveWords = Set("at", "with", "joins", "chez", "rejoint", "bei", "bij", "na", "no", "presso", "con", "da");

    // Where AI work is done, as a profile's new life never is: "now have their own lab".
    private static readonly FrozenSet<string> Workplaces = Set(
        "lab", "labs", "laboratory", "labo", "laboratoire", "labor", "laboratorium", "laboratorio", "startup", "start", "team", "equipe", "equipo",
        "equipa", "squadra", "institute", "institut", "instituto", "istituto", "instituut");

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
    public static bool Is(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, List<PhraseMatch<GazetteerEntry>> entities)
    {
        var titleLength = tokens.TakeWhile(t => t.InTitle).Count();
        if (titleLength == 0 || cues.Exists(c => c.Value.Kind == CueKind.Event && c.Value.Weight >= NewsCueWeight && tokens[c.FirstToken].InTitle))
            return false;
        var title = tokens.Take(titleLength).Select(t => t.Forms.Surface).ToList();
        var aiMarks = AiMarks(text, tokens, titleLength, cues, entities);
        var journey = JourneyDestination(title);
        var former = title.FindIndex(IsFormer);
        var now = title.FindIndex(Now.Contains);

        // What the person does now, or where the journey ends, is what tells a profile from news:
        // "now runs a bakery" is a new life, "now at Anthropic" or "to Anthropic" is a move, and a
        // former team, institute or lab ("former superalignment team now part of research") is
        // an organisation's change.
        if ((journey >= 0 && aiMarks.After(journey)) || (now >= 0 && (aiMarks.After(now) || aiMarks.NamesAWorkplace(now))) || (former >= 0 && aiMarks.IsBodyOrTeam(former, now)))
            return false;
        var marks = (journey >= 0 ? 1 : 0) + (former >= 0 ? 1 : 0) + (now >= 0 ? 1 : 0);
        var genre = GenrePairAt(title);

        // A journey alone is a teaser too ("Vom Amt ins Start-up" over a hire): it takes a former
        // role or a present one as well.
        return marks >= 2 || (genre >= 0 && !aiMarks.NamedAfter(genre + 1));
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

    private static TitleMarks AiMarks(string text, List<TextToken> tokens, int titleLength, List<PhraseMatch<Cue>> cues, List<PhraseMatch<GazetteerEntry>> entities)
    {
        var ai = new bool[titleLength];
        var bodyOrTeam = new bool[titleLength];
        var clauseEnds = new bool[titleLength];
        var workplaces = new bool[titleLength];
        var named = new bool[titleLength];
        var atNamed = new bool[titleLength];
        for (var i = 0; i < titleLength; i++)
        {
            workplaces[i] = Workplaces.Contains(tokens[i].Forms.Surface);
            atNamed[i] = i + 1 < titleLength && MoveWords.Contains(tokens[i].Forms.Surface) && tokens[i + 1].IsCapitalised;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Start : text.Length;
            clauseEnds[i] = text.AsSpan(tokens[i].End, next - tokens[i].End).IndexOfAny(ClauseBreaks) >= 0;
        }

        foreach (var cue in cues.Where(c => c.FirstToken < titleLength && c.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi or CueKind.AiContext or CueKind.TeamNoun or CueKind.Event))
        {
            Mark(ai, cue.FirstToken, cue.TokenCount);
            if (cue.Value.Kind == CueKind.TeamNoun)
                Mark(bodyOrTeam, cue.FirstToken, cue.TokenCount);
        }

        foreach (var entity in entities.Where(e => e.FirstToken < titleLength && e.Value.Kind != EntityKind.Person))
        {
            Mark(ai, entity.FirstToken, entity.TokenCount);
            Mark(named, entity.FirstToken, entity.TokenCount);
            if (entity.Value.Kind == EntityKind.Team || entity.Value.ScopeWeight >= BodyScope)
                Mark(bodyOrTeam, entity.FirstToken, entity.TokenCount);
        }

        return new TitleMarks(ai, workplaces, named, atNamed, bodyOrTeam, clauseEnds);
    }

    private static void Mark(bool[] marks, int first, int count)
    {
        for (var i = first; i < Math.Min(marks.Length, first + count); i++)
            marks[i] = true;
    }

    // Which headline words say AI (a cue, an organisation or team), which are a workplace of AI work (a lab), which name a team or a
    // safety body, and which end a clause ("From AI risk to rye: the former safety chief ...").
    private sealed record TitleMarks(bool[] Ai, bool[] Workplaces, bool[] Named, bool[] AtNamed, bool[] BodyOrTeam, bool[] ClauseEnds)
    {
        public bool After(int at) => Any(Ai, at, Reach) || Any(Workplaces, at, Reach);

        // "Life after the lab" and "la nueva vida del exjefe de seguridad" are the genre; "new life
        // for the AI Safety Institute" is its renaming.
        public bool NamedAfter(int at) => Any(Named, at, Reach);

        // "now at Ternavia", "agora na Quillon": a move to a named employer, which a new trade is not.
        public bool NamesAWorkplace(int at) => Any(AtNamed, at, Reach);

        // A team or body between "former" and "now" (or in the words after "former") is the one that changed.
        public bool IsBodyOrTeam(int former, int now) => Any(BodyOrTeam, former, now > former ? now - former - 1 : Reach);

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
