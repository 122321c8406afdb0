using System.Buffers;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// What a verb of change acts on, read from the few words after it: launching a model is no
/// formation, cutting a budget is no dissolution, and the decree that sets a body up is no law story.
/// Every look walks only the cues near the verb (they come in token order), so a text stays linear.
/// </summary>
internal static class VerbObjects
{
    // "launches its most advanced model": the launched thing follows within a few words.
    private const int LaunchedReach = 3;

    // "launches Atlas 3, its most advanced model": an apposition after the launched thing's name.
    private const int AppositiveReach = 3;

    private static readonly HashSet<string> Possessives = new(StringComparer.Ordinal)
    {
        "its", "their", "son", "sa", "ses", "su", "sus", "seu", "sua", "suo", "sein", "seine", "seinen", "ihr", "ihre", "ihren", "zijn", "haar", "hun",
    };

    // A comma, then a possessive, with at most an article before it ("il suo", "o seu").
    private static bool OpensAnApposition(string text, List<TextToken> tokens, int from, int end)
    {
        for (var t = from + 1; t < end; t++)
        {
            if (!text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Contains(','))
                continue;
            return Possessives.Contains(tokens[t].Forms.Surface) || (t + 1 < tokens.Count && Determiners.Contains(tokens[t].Forms.Surface) && Possessives.Contains(tokens[t + 1].Forms.Surface));
        }

        return false;
    }

    // The words a cut verb's object may take before its resource: "the institute's", "la", "zugesagte".
    private const int ObjectReach = 4;

    // "istituito con decreto": the formation cue and the act, one short word apart at most.
    private const int ActReach = 2;

    // "decreto que cria", "décret qui crée": the act, a relative word, its verb.
    private const int ActSubjectReach = 1;

    // "sets up a unit for testing models", "zet een team op om taalmodellen te controleren": the
    // models after these are the work of what is formed, not what is launched.
    private static readonly HashSet<string> PurposeWords = new(StringComparer.Ordinal)
    {
        "for", "to", "pour", "fur", "zur", "zum", "para", "per", "voor", "om", "de", "di", "des", "del", "della", "van", "of",
    };

    // "dissolves the team and cuts its budget" tells two changes: a conjunction ends the verb's object.
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "et", "und", "y", "e", "en", "o", "or", "ou", "oder", "of" };

    // "ha designato l'Istituto ... come istituto nazionale", "benennt Prüfzentrum Elbtal als nationale
    // Stelle": designating a body makes it one, which is a formation; designating a person is an arrival.
    private static readonly string[] DesignationStems = ["design", "benenn", "wijst", "aangewez", "aanwijz"];
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "the", "its", "their", "l", "il", "lo", "la", "le", "el", "o", "a", "de", "het", "das", "den", "die", "der", "son", "sa", "su", "seu", "sua",
        "suo", "ihr", "ihre", "zijn", "hun",
    };

    private static readonly HashSet<string> BodyWords = new(StringComparer.Ordinal)
    {
        "institute", "instituto", "istituto", "institut", "instituut", "centre", "center", "centro", "centrum", "zentrum", "agency", "agencia",
        "agence", "agenzia", "agentschap", "office", "oficina", "ufficio", "bureau", "authority", "autoridad", "autorite", "autorita", "autoriteit",
    };

    private static readonly string[] BodyCompoundHeads = ["zentrum", "institut", "instituut", "centrum", "stelle", "behorde", "bundesamt", "landesamt"];

    // Whether a word of the cue opens with one of the accent-folded forms ("cuts" with "cut").
    private static bool HasWordOpeningWith(List<TextToken> tokens, PhraseMatch<Cue> cue, string[] openings)
    {
        for (var t = cue.FirstToken; t < cue.EndToken; t++)
        {
            var surface = tokens[t].Forms.Surface;
            if (Array.Exists(openings, opening => surface.StartsWith(opening, StringComparison.Ordinal)))
                return true;
        }

        return false;
    }

    private static bool IsABody(string surface) =>
        BodyWords.Contains(surface) || Array.Exists(BodyCompoundHeads, head => surface.Length > head.Length + 2 && surface.EndsWith(head, StringComparison.Ordinal));

    /// <summary>Whether the arrival cue at <paramref name="index"/> designates a body ("designates the Ardmore Institute as ..."), not a person.</summary>
    public static bool DesignatesABody(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        if (!Array.Exists(DesignationStems, stem => tokens[verb.FirstToken].Forms.Surface.StartsWith(stem, StringComparison.Ordinal)))
            return false;
        var t = verb.EndToken;
        while (t < tokens.Count && t < verb.EndToken + 2 && Determiners.Contains(tokens[t].Forms.Surface))
            t++;
        if (t >= tokens.Count || tokens[t].Sentence != tokens[verb.FirstToken].Sentence)
            return false;
        var surface = tokens[t].Forms.Surface;
        return IsABody(surface) && !QualifiesSomeone(tokens, cues, index, t + 1);
    }

    // "beruft Ethikrat", "appoints a safety board", "nomme un comité d'éthique": appointing a
    // committee or a board, rather than someone to one, sets it up.
    private static readonly string[] AppointmentStems = ["appoint", "name", "nomm", "nombr", "nomin", "nome", "beruf", "ernenn", "benoem", "install"];

    private static readonly HashSet<string> CommitteeWords = new(StringComparer.Ordinal)
    {
        "committee", "board", "council", "panel", "comite", "conseil", "gremium", "ausschuss", "beirat", "comision", "consejo", "comitato",
        "consiglio", "comissao", "conselho", "commissie", "raad", "adviesraad",
    };

    // German and Dutch write the committee's field into its noun: "Ethikrat", "Sicherheitsausschuss", "veiligheidscommissie".
    private static readonly string[] CommitteeCompoundHeads = ["rat", "ausschuss", "gremium", "kommission", "raad", "commissie", "comite"];

    /// <summary>Whether the arrival cue at <paramref name="index"/> appoints a committee or a board ("beruft Ethikrat"), not a person to one.</summary>
    public static bool AppointsACommittee(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        if (verb.TokenCount != 1 || !Array.Exists(AppointmentStems, stem => tokens[verb.FirstToken].Forms.Surface.StartsWith(stem, StringComparison.Ordinal)))
            return false;
        var t = verb.EndToken;
        while (t < tokens.Count && t < verb.EndToken + 2 && (Determiners.Contains(tokens[t].Forms.Surface) || IsIndefinite(tokens[t])))
            t++;
        // "appoints a safety board": the words of its field may stand before the committee's noun;
        // anything else ("appointed to the board", "appoints Sara Achebe to its board") tells of
        // someone appointed. A governing board ("names new board", "beruft neuen Aufsichtsrat") is
        // no safety work: the committee needs its field, before it, inside it ("Ethikrat") or
        // right after it ("un comité d'éthique").
        var qualified = false;
        for (var end = Math.Min(tokens.Count, t + CommitteeReach); t < end && tokens[t].Sentence == tokens[verb.FirstToken].Sentence; t++)
        {
            var surface = tokens[t].Forms.Surface;
            var isField = Covers(cues, index, t, IsField);
            if (CommitteeWords.Contains(surface) || Array.Exists(CommitteeCompoundHeads, head => surface.Length > head.Length + 2 && surface.EndsWith(head, StringComparison.Ordinal)))
                return (qualified || isField || FieldFollows(tokens, cues, index, t)) && !QualifiesSomeone(tokens, cues, index, t + 1);
            if (!isField)
                return false;
            qualified = true;
        }

        return false;
    }

    private const int CommitteeReach = 3;

    private static bool IsField(Cue cue) => cue.Kind is CueKind.Scope or CueKind.ScopeIfAi or CueKind.AiContext;

    // "un comité d'éthique", "a board for AI safety": the field within two words after the committee's noun.
    private static bool FieldFollows(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index, int committee)
    {
        for (var t = committee + 1; t < tokens.Count && t <= committee + 3 && tokens[t].Sentence == tokens[committee].Sentence; t++)
        {
            if (Covers(cues, index, t, IsField))
                return true;
        }

        return false;
    }

    // "appoints a new safety board": an article or "new" may stand before the committee.
    private static readonly HashSet<string> NewWords = new(StringComparer.Ordinal)
    {
        "a", "new", "neuen", "neues", "neue", "nouveau", "nouvel", "nouvelle", "nuevo", "nueva", "nuovo", "nuova", "novo", "nova", "nieuwe",
    };

    private static bool IsIndefinite(TextToken token) => IndefiniteArticle.Is(token) || NewWords.Contains(token.Forms.Surface);

    // "designates institute director Jane Roe", "names the agency's chief": the body word only
    // qualifies the person named after it (a role, or a possessive).
    private static bool QualifiesSomeone(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index, int next) =>
        next < tokens.Count && (tokens[next].Forms.Surface == "s" || Covers(cues, index, next, c => c.Kind == CueKind.Role));

    /// <summary>Whether the formation cue at <paramref name="index"/> launches a model ("lanza su modelo más avanzado"), not a team, a unit or a body.</summary>
    public static bool IsAModel(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        var end = Math.Min(tokens.Count, verb.EndToken + LaunchedReach + AppositiveReach);
        for (var t = verb.FirstToken + 1; t < end && tokens[t].Sentence == tokens[verb.FirstToken].Sentence; t++)
        {
            // "lança o Astrolábio 2, seu modelo mais avançado": past the launched thing's name, only
            // an apposition that opens with a possessive after a comma says what it is.
            if (t == verb.EndToken + LaunchedReach && !OpensAnApposition(text, tokens, verb.EndToken, end))
                break;
            var surface = tokens[t].Forms.Surface;
            if (PurposeWords.Contains(surface) || Covers(cues, index, t, c => c.Kind is CueKind.Scope or CueKind.ScopeIfAi or CueKind.TeamNoun))
                return false;
            if (t < verb.EndToken + LaunchedReach && (IsVersionedName(text, tokens, t) || IsAProductName(tokens, t)))
                return true;
            // "a model-risk group": a model word before a team word is what the team works on, and
            // a capitalised one is in a body's name ("Frontier Model Evaluation Unit").
            if (surface.Contains("model", StringComparison.Ordinal))
                return !IsInAName(tokens, t) && !Covers(cues, index, t + 1, c => c.Kind == CueKind.TeamNoun) && !Covers(cues, index, t + 2, c => c.Kind == CueKind.TeamNoun);
        }

        return false;
    }

    // What work a German "stellt ... ein" stops, by the folded ending of its object: research, a
    // team, a project. A person or a job ("eine Forscherin", "zwei Experten") is hired instead.
    private static readonly string[] StoppedWorkEndings = ["forschung", "arbeit", "team", "teams", "projekt", "programm", "betrieb", "gruppe", "abteilung", "einheit", "tests", "prufungen"];

    /// <summary>
    /// Whether the German "stellt ... ein" at <paramref name="index"/> stops work ("stellt seine
    /// KI-Sicherheitsforschung ein", "stellen die Arbeit des Teams ein") rather than hires someone:
    /// ending research or a team is its end.
    /// </summary>
    public static bool StopsWork(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        if (verb.Value.Language != "de" || verb.TokenCount < 3 || tokens[verb.EndToken - 1].Forms.Surface != "ein")
            return false;
        var stopsWork = false;
        for (var t = verb.FirstToken + 1; t < verb.EndToken - 1; t++)
        {
            var surface = tokens[t].Forms.Surface;
            // "stellt für ihr neues Team zwei Forscher ein" hires them.
            if (Array.Exists(HiredPeopleEndings, ending => surface.EndsWith(ending, StringComparison.Ordinal)))
                return false;
            stopsWork |= Array.Exists(StoppedWorkEndings, ending => surface.EndsWith(ending, StringComparison.Ordinal));
        }

        return stopsWork;
    }

    private static readonly string[] HiredPeopleEndings =
        ["forscher", "forschern", "forscherin", "forscherinnen", "experte", "experten", "expertin", "leiter", "leiterin", "chef", "chefin", "ingenieur", "ingenieure", "mitarbeiter", "mitarbeiterin", "fachleute", "personen"];

    // "launches Vigil Studio", "lance Vigie Suite": a capitalised name ending in a word for a
    // software product is one; units and teams are not named so.
    private static readonly HashSet<string> ProductWords = new(StringComparer.Ordinal)
    {
        "studio", "suite", "toolkit", "platform", "plattform", "plateforme", "plataforma", "piattaforma", "app", "copilot", "sdk", "api",
    };

    private static bool IsAProductName(List<TextToken> tokens, int t) =>
        tokens[t].IsCapitalised && t + 1 < tokens.Count && tokens[t + 1].Sentence == tokens[t].Sentence
        && tokens[t + 1].IsCapitalised && ProductWords.Contains(tokens[t + 1].Forms.Surface);

    // A version is a small number: "Horizon 2030" or "Januar 2026" is a year.
    private const int MaxVersionDigits = 2;

    // "lancia Arco-5", "launches Heron 2": a name with a version number is a product's release;
    // units and institutes are not numbered.
    private static bool IsVersionedName(string text, List<TextToken> tokens, int t) =>
        tokens[t].IsCapitalised && t + 1 < tokens.Count && tokens[t + 1].Sentence == tokens[t].Sentence
        && tokens[t + 1].Length <= MaxVersionDigits && tokens[t + 1].Forms.Surface.All(char.IsAsciiDigit) && tokens[t + 1].Start - tokens[t].End <= 1
        && (tokens[t + 1].Start == tokens[t].End || text[tokens[t].End] is '-' or ' ');

    /// <summary>
    /// Whether the cut or shrinking verb at <paramref name="index"/> has compute or money for its
    /// object ("streicht zugesagte Rechenkapazität", "divise par deux la puissance de calcul").
    /// </summary>
    public static bool IsAResource(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        for (var i = index + 1; i < cues.Count && cues[i].FirstToken - verb.EndToken <= ObjectReach; i++)
        {
            var next = cues[i];
            if (next.FirstToken < verb.EndToken || next.Value.Event != AlertEvent.Resources)
                continue;
            // "no longer has a dedicated team": the resource word describes the team, the object.
            return IsPlainObject(text, tokens, verb.EndToken, next.FirstToken) && !Covers(cues, i, next.EndToken, c => c.Kind == CueKind.TeamNoun);
        }

        return false;
    }

    // "se dote d'un nouveau directeur": the words between a formation verb and a head it gets.
    private const int HeadReach = 3;

    private static readonly HashSet<string> OfWords = new(StringComparer.Ordinal) { "d", "de", "of", "di", "van", "von" };

    /// <summary>
    /// Whether the formation cue at <paramref name="index"/> gives a body a head ("se dote d'un
    /// nouveau directeur", "gets a new director"): what it gains is a person, an arrival.
    /// </summary>
    public static bool GivesAHead(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        var sentence = tokens[verb.FirstToken].Sentence;
        for (var t = verb.EndToken; t < tokens.Count && t < verb.EndToken + HeadReach && tokens[t].Sentence == sentence; t++)
        {
            // Role words are stemmed: "conseiller" reads "conseil", "officer" reads "office"; a
            // team's or a body's noun is what is set up, not a head.
            if (StartsAfter(cues, index, verb.EndToken, t, c => c.Kind == CueKind.Role || (c.Kind == CueKind.Event && c.Event == AlertEvent.Arrival)))
                return !Covers(cues, index, t, c => c.Kind == CueKind.TeamNoun) && !IsABody(tokens[t].Forms.Surface);
            if (!OfWords.Contains(tokens[t].Forms.Surface) && !IsIndefinite(tokens[t]))
                return false;
        }

        return false;
    }

    // Words of shrinking by a share, by their accent-folded surface: "de moitié", "halbiert", "a la mitad".
    private static readonly string[] ShrinkWords = ["moitie", "half", "halv", "halb", "helft", "mitad", "meta", "dimezz", "reduc", "reduz", "ridu", "shrink", "verklein"];

    // "le budget amputé de moitié", "budget was cut in half": how far a resource's word may stand
    // before the shrinking that tells how much of it was cut.
    private const int ShrunkResourceReach = 2;

    /// <summary>
    /// Whether the shrinking at <paramref name="index"/> ("de moitié", "halbiert", "gehalveerd")
    /// tells how much of a resource named just before it was cut: then it is that resource's cut,
    /// not a team's downsizing.
    /// </summary>
    public static bool ShrinksTheResourceBefore(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var shrink = cues[index];
        // Only a shrinking: "funding cuts force merger of its safety teams" still merges them.
        if (!HasWordOpeningWith(tokens, shrink, ShrinkWords))
            return false;
        for (var i = index - 1; i >= 0 && shrink.FirstToken - cues[i].FirstToken <= SignalCollector.MaxCueSpan + ShrunkResourceReach; i--)
        {
            var before = cues[i];
            if (before.Value.Kind != CueKind.Event || before.Value.Event != AlertEvent.Resources || before.EndToken > shrink.FirstToken
                || shrink.FirstToken - before.EndToken > ShrunkResourceReach || tokens[before.FirstToken].Sentence != tokens[shrink.FirstToken].Sentence)
                continue;
            // "Ceibo Cómputo fusiona": a resource word that ends a company's name is the name.
            // "Budget en berne : Lumio réduit de moitié son équipe": a colon inside the resource's own
            // phrase parts it from the halving.
            return IsPlainObject(text, tokens, before.EndToken, shrink.FirstToken) && !IsClauseBreakBetween(text, tokens, before.FirstToken, shrink.FirstToken)
                && !(before.TokenCount == 1 && Entities.StartupName.EndsAt(text, tokens, before.FirstToken, anyCompany: true));
        }

        return false;
    }

    // A share of something, by accent-folded surface: "die Hälfte", "la moitié", "a third", "40 Prozent".
    private static readonly HashSet<string> ShareWords = new(StringComparer.Ordinal)
    {
        "half", "halfte", "moitie", "mitad", "meta", "metade", "helft", "third", "tiers", "drittel", "tercio", "terzo", "terco", "derde",
        "percent", "prozent", "procent", "pourcent", "%",
    };

    // "streicht ein Drittel seines KI-Sicherheitsteams": the share follows its verb within a determiner or two.
    private const int ShareReach = 3;

    /// <summary>
    /// Whether the ending at <paramref name="index"/> ("streicht", "supprime", "elimina") takes a
    /// share for its object ("ein Drittel seines Teams", "la moitié de son équipe", "a third of
    /// the team"): cutting part of a team downsizes it, it does not end it.
    /// </summary>
    public static bool CutsAShare(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        var sentence = tokens[verb.FirstToken].Sentence;
        for (var t = verb.EndToken; t < tokens.Count && t < verb.EndToken + ShareReach && tokens[t].Sentence == sentence; t++)
        {
            if (ShareWords.Contains(tokens[t].Forms.Surface))
                return true;
        }

        return false;
    }

    private static readonly HashSet<string> NewAdjectives = new(StringComparer.Ordinal)
    {
        "new", "incoming", "neuer", "neuen", "neue", "neues", "nouveau", "nouvel", "nouvelle", "nuevo", "nueva", "nuovo", "nuova", "novo", "nova", "nieuwe", "nieuw",
    };

    // "new evaluations chief": a field's word or two may stand between "new" and the job.
    private const int NewHeadReach = 3;

    /// <summary>
    /// The token of a job the headline calls new ("Tarnfield AI's new red-team chief"), or -1: a
    /// new head named in a headline is someone's arrival. A compound's job ("Politikchefin") is not
    /// read: "-leiter" and "-chef" end "Halbleiter" and "Küchenchef" too.
    /// </summary>
    public static int NewHeadInTitle(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        // "Who will be its new safety chief?" asks; it names no one.
        var titleEnd = tokens.FindIndex(t => !t.InTitle);
        if (titleEnd != 0 && text.AsSpan(0, titleEnd < 0 ? text.Length : tokens[titleEnd].Start).Contains('?'))
            return -1;
        for (var t = 0; t < tokens.Count && tokens[t].InTitle; t++)
        {
            // "New York", "Nova York", "Nouvelle-Calédonie": a capitalised "new" before a name is a place.
            if (!NewAdjectives.Contains(tokens[t].Forms.Surface) || (tokens[t].IsCapitalised && t + 1 < tokens.Count && tokens[t + 1].IsCapitalised))
                continue;
            for (var job = t + 1; job < tokens.Count && job <= t + NewHeadReach && tokens[job].InTitle; job++)
            {
                if (StartsAfter(cues, -1, t + 1, job, c => c.Kind == CueKind.Role))
                    return job;
            }
        }

        return -1;
    }

    // Verbs of splitting, by their accent-folded surface.
    private static readonly string[] SplitVerbs = ["split", "opgesplitst", "scind", "escind", "sdopp", "desmembr", "divis", "divid", "teilt"];

    // How far a split thing may stand from the verb: "splits its AI safety team in two", "das Team wird aufgeteilt".
    private const int SplitReach = 6;

    /// <summary>
    /// Whether the restructuring at <paramref name="index"/> splits something other than a team or a
    /// body ("a debate splits parliament in two", "a report divided into three chapters").
    /// </summary>
    public static bool SplitsNoTeam(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var split = cues[index];
        if (!HasWordOpeningWith(tokens, split, SplitVerbs))
            return false;
        var sentence = tokens[split.FirstToken].Sentence;
        var end = Math.Min(tokens.Count, split.EndToken + SplitReach);
        for (var t = Math.Max(0, split.FirstToken - SplitReach); t < end; t++)
        {
            // "splits Superalignment in two": after the verb, safety work named is what is split.
            if (tokens[t].Sentence == sentence && (IsTeamWord(tokens, cues, index, t) || IsABody(tokens[t].Forms.Surface)
                || (t >= split.EndToken && Covers(cues, index, t, c => c.Kind is CueKind.Scope or CueKind.ScopeIfAi))))
                return false;
        }

        return true;
    }

    // Verbs of cutting that the lexicons read as a resource's cut, whose object tells whose cut it
    // is; by their accent-folded surface ("kürzt" → "kurzt"). Not "bezuinigt op", which saves money.
    private static readonly string[] CutVerbs =
    [
        "cut", "slash", "trim", "coupe", "ampute", "rabot", "kurzt", "gekurzt", "recort", "tijeret", "hachaz", "tagli", "sforbic", "cort", "tesour", "snijd",
    ];

    // Money and compute that the lexicons leave to context ("cuts costs", "recorta los recursos",
    // "rabote le calcul"): named as a cut's object, they make it a resource's cut.
    private static readonly HashSet<string> MoneyWords = new(StringComparer.Ordinal)
    {
        "cost", "costs", "costes", "costi", "custos", "kosten", "spending", "resources", "recursos", "risorse", "ressources", "calcul", "compute",
        "moyens", "mezzi", "middelen", "mittel", "salaries", "salary", "wages", "pay", "fondos", "fundos", "fondi", "fonds", "gelder", "prices", "prix",
        "precios", "prezzi", "precos", "prijzen", "preise", "salaires", "salarios", "stipendi", "gehalter", "salarissen",
    };

    // "cuts its alignment team's budget", "cuts the team's compute": what stands this close after
    // the team may say what of it was cut.
    private const int OwnedResourceReach = 3;

    // "cuts its AI safety team to save costs": a purpose clause tells why, not what was cut.
    /// <summary>Words that open a purpose clause: "to", "pour", "um ... zu", "om ... te".</summary>
    internal static readonly HashSet<string> PurposeOpeners = new(StringComparer.Ordinal) { "to", "pour", "para", "per", "um", "om", "zu", "afin" };

    /// <summary>
    /// Whether the resource cut at <paramref name="index"/> has a team for its object ("cuts its
    /// model-safety team from 40 to 12", "recorta a la mitad su equipo"): shrinking a team is
    /// downsizing it, a restructuring, unless money or compute is named before the team or just
    /// after it ("cuts the alignment team's access to chips").
    /// </summary>
    public static bool ShrinksATeam(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var verb = cues[index];
        if (verb.TokenCount != 1 || !HasWordOpeningWith(tokens, verb, CutVerbs))
            return false;
        var sentence = tokens[verb.FirstToken].Sentence;
        // "cuts a third of its safety team": the share stands before the team it is of.
        var reach = ObjectReach + (CutsAShare(tokens, cues, index) ? ShareReach : 0);
        for (var t = verb.EndToken; t < tokens.Count && t <= verb.EndToken + reach && tokens[t].Sentence == sentence; t++)
        {
            if (NamesMoney(tokens, cues, index, t))
                return false;
            // "Recorte en Ceibo Digital: la unidad ... pierde su presupuesto": past a colon the team is no object.
            if (IsTeamWord(tokens, cues, index, t))
                return !IsClauseBreakBetween(text, tokens, verb.EndToken - 1, t) && !OwnsWhatWasCut(tokens, cues, index, t, sentence);
        }

        return false;
    }

    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(":;,|");

    private static bool IsClauseBreakBetween(string text, List<TextToken> tokens, int left, int right) =>
        text.AsSpan(tokens[left].End, tokens[right].Start - tokens[left].End).IndexOfAny(ClauseBreaks) >= 0;

    private static bool NamesMoney(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index, int t) =>
        MoneyWords.Contains(tokens[t].Forms.Surface) || Covers(cues, index, t, c => c.Kind == CueKind.Event && c.Event == AlertEvent.Resources);

    // A possessive ("the team's") or money right after the team says what of it was cut.
    private static bool OwnsWhatWasCut(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index, int team, int sentence)
    {
        if (team + 1 < tokens.Count && tokens[team + 1].Forms.Surface == "s")
            return true;
        for (var t = team + 1; t < tokens.Count && t <= team + OwnedResourceReach && tokens[t].Sentence == sentence && !PurposeOpeners.Contains(tokens[t].Forms.Surface); t++)
        {
            if (NamesMoney(tokens, cues, index, t))
                return true;
        }

        return false;
    }

    // "team", "équipe", or a compound that ends in one ("veiligheidsteam", "Alignment-Team").
    private static bool IsTeamWord(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index, int t) =>
        Covers(cues, index, t, c => c.Kind == CueKind.TeamNoun) || tokens[t].Forms.Surface.EndsWith("team", StringComparison.Ordinal)
        || tokens[t].Forms.Surface.EndsWith("teams", StringComparison.Ordinal);

    /// <summary>
    /// Whether the decree at <paramref name="index"/> is how a formation just before it happened
    /// ("istituito con decreto"), or the subject of one right after it in its sentence ("il decreto
    /// che istituisce l'Istituto"): only a relative word between. A bill that would create a body
    /// ("una ley que crea una agencia") is still law news: it may never pass.
    /// </summary>
    public static bool IsTheActOfAFormation(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int index)
    {
        var decree = cues[index];
        for (var i = index + 1; i < cues.Count && cues[i].FirstToken - decree.EndToken <= ActSubjectReach; i++)
        {
            if (cues[i].Value.Event == AlertEvent.Formation && cues[i].FirstToken >= decree.EndToken && tokens[cues[i].FirstToken].Sentence == tokens[decree.FirstToken].Sentence)
                return true;
        }

        return FollowsAFormation(cues, index);
    }

    /// <summary>Whether the act at <paramref name="index"/> ("by law", "per decreto") is how a formation just before it happened.</summary>
    public static bool FollowsAFormation(List<PhraseMatch<Cue>> cues, int index)
    {
        var act = cues[index];
        for (var i = index - 1; i >= 0 && act.FirstToken - cues[i].EndToken <= ActReach; i--)
        {
            if (cues[i].Value.Event == AlertEvent.Formation && cues[i].EndToken <= act.FirstToken)
                return true;
        }

        return false;
    }

    /// <summary>
    /// Whether the one-word launch look-alike at <paramref name="index"/> presents a new unit
    /// ("ha presentato la nuova unità di valutazione dei modelli", "unveils a new unit to red-team
    /// its models"): a formation cue follows within a few words, and safety work right after it
    /// says what the unit does ("la nuova unità di calcolo" is a chip).
    /// </summary>
    public static bool PresentsAFormation(List<PhraseMatch<Cue>> cues, int index)
    {
        var launch = cues[index];
        for (var i = index + 1; i < cues.Count && cues[i].FirstToken - launch.EndToken <= LaunchedReach; i++)
        {
            if (cues[i].Value.Kind == CueKind.Event && cues[i].Value.Event == AlertEvent.Formation && cues[i].FirstToken >= launch.EndToken
                && IsFollowedBySafetyWork(cues, i))
                return true;
        }

        return false;
    }

    private static bool IsFollowedBySafetyWork(List<PhraseMatch<Cue>> cues, int formation)
    {
        var end = cues[formation].EndToken;
        for (var i = formation + 1; i < cues.Count && cues[i].FirstToken - end <= LaunchedReach; i++)
        {
            if (cues[i].Value.Kind is CueKind.Scope or CueKind.ScopeIfAi && cues[i].FirstToken >= end)
                return true;
        }

        return false;
    }

    // Capitalised beside another capitalised word, as a body's name is written (German capitalises every noun).
    private static bool IsInAName(List<TextToken> tokens, int t) =>
        tokens[t].IsCapitalised && ((t + 1 < tokens.Count && tokens[t + 1].IsCapitalised) || (t > 0 && tokens[t - 1].IsCapitalised));

    // Only words and the spaces or apostrophes between them: no punctuation and no conjunction.
    private static bool IsPlainObject(string text, List<TextToken> tokens, int first, int end)
    {
        for (var t = first; t <= end && t < tokens.Count; t++)
        {
            if (t < end && Conjunctions.Contains(tokens[t].Forms.Surface))
                return false;
            if (t > 0 && text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).IndexOfAnyExcept(" '’") >= 0)
                return false;
        }

        return true;
    }

    // Whether a wanted cue that starts at or after <paramref name="from"/> covers <paramref name="token"/>.
    private static bool StartsAfter(List<PhraseMatch<Cue>> cues, int near, int from, int token, Func<Cue, bool> isWanted)
    {
        for (var i = near + 1; i < cues.Count && cues[i].FirstToken <= token; i++)
        {
            if (cues[i].FirstToken >= from && token < cues[i].EndToken && isWanted(cues[i].Value))
                return true;
        }

        return false;
    }

    // Whether a wanted cue covers <paramref name="token"/>, walking from the cue at <paramref name="near"/>:
    // back while a cue could still reach it, on while cues start at or before it.
    private static bool Covers(List<PhraseMatch<Cue>> cues, int near, int token, Func<Cue, bool> isWanted)
    {
        for (var i = Math.Min(near, cues.Count - 1); i >= 0 && token - cues[i].FirstToken <= SignalCollector.MaxCueSpan; i--)
        {
            if (cues[i].FirstToken <= token && token < cues[i].EndToken && isWanted(cues[i].Value))
                return true;
        }

        for (var i = near + 1; i < cues.Count && cues[i].FirstToken <= token; i++)
        {
            if (token < cues[i].EndToken && isWanted(cues[i].Value))
                return true;
        }

        return false;
    }
}
