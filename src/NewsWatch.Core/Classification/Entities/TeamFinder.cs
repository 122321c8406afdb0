using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Names teams that are not in the gazetteer: a scope cue right before a team word ("AI ethics
/// team"), or a team word followed by a short linking word and a scope cue ("équipe d'éthique",
/// "Team für KI-Ethik"). The name never runs across punctuation.
/// </summary>
internal static class TeamFinder
{
    // Linking words ("de", "für", "on", "d'") are short; longer words mean a clause, not a name.
    private const int MaxLinkLength = 4;
    private const int MaxLinks = 2;

    // A scope phrase before its team word, or holding it, starts at most this many words before it.
    private const int MaxScopeBefore = 12;

    // More teams than this in one item is a list or an attack, not news about teams.
    private const int MaxTeams = 32;

    // "a group to test its models", "une équipe qui testera les modèles": a team word that a clause
    // follows is described by its work, not named. Only the kind of work is kept, for stories; an
    // alert listing "equipo que pone a prueba los modelos" as a team's name would read badly.
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal) { "to", "that", "which", "who", "qui", "que", "che", "dat", "die", "om" };

    // "board and safety panel", "board's safety": a conjunction or a possessive joins two things, not one name.
    private static readonly HashSet<string> NotLinks = new(StringComparer.Ordinal) { "and", "et", "und", "y", "e", "en", "or", "ou", "oder", "o", "of", "s" };

    /// <param name="knowsTeam">Whether the gazetteer already named a team: then "safety team" is most likely that team, not another.</param>
    /// <param name="kinds">Receives each found team's kind, by folded name (see <see cref="TeamKind"/>).</param>
    /// <param name="described">Receives the kind of each team only described by a clause, by the clause's words.</param>
    /// <param name="capitalisesNamesOnly">
    /// The language capitalises names but not nouns (not German): a capitalised name after the
    /// team word ("l'équipe Alignement", "el equipo de Evaluación de Riesgos") is the team's own
    /// name, and stands without the team word, as the team is called.
    /// </param>
    public static void Find(
        string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, bool knowsTeam, bool capitalisesNamesOnly, ProminenceMap prominence, EntityList teams, Dictionary<string, string> kinds, Dictionary<string, string> described)
    {
        // Scopes in token order, so each team word looks only at those near it: a long text with a
        // team word in every line stays linear.
        var scopes = cues.Where(c => c.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi && !(knowsTeam && c.Value.Kind == CueKind.ScopeIfAi))
            .OrderBy(c => c.FirstToken).ToList();
        var scopeStarts = scopes.ConvertAll(c => c.FirstToken);
        var backdrop = BackdropClause.Mark(text, tokens, cues);
        var asides = 0;
        foreach (var noun in cues)
        {
            if (noun.Value.Kind != CueKind.TeamNoun || kinds.Count + described.Count + asides >= MaxTeams)
                continue;
            for (var k = FirstAtOrAfter(scopeStarts, noun.FirstToken - MaxScopeBefore); k < scopes.Count && scopes[k].FirstToken <= noun.EndToken + MaxClauseReach; k++)
            {
                var scope = scopes[k];
                var describes = IsDescription(tokens, noun, scope);
                if (scope.FirstToken > noun.EndToken + MaxLinks && !describes)
                    continue;
                var first = Math.Min(noun.FirstToken, scope.FirstToken);
                var end = Math.Max(noun.EndToken, scope.EndToken);
                // "the team for long-term AI risk" or "the safety team" beside a team the gazetteer knows describes that team.
                if (knowsTeam && noun.FirstToken < scope.EndToken)
                    continue;
                if (!(describes || IsTeamName(tokens, noun, scope) || IsTeamWordOf(tokens, noun, scope)) || !IsOnePhrase(text, tokens, first, end))
                    continue;
                var start = capitalisesNamesOnly && IsOwnName(text, tokens, noun, scope) ? scope.FirstToken : first;
                var name = text[tokens[start].Start..tokens[end - 1].End];
                if (describes)
                    described.TryAdd(name, TeamKind.Of(scope.Value.Label));
                else if (backdrop[first])
                {
                    teams.Add(name, Prominence.Aside);
                    asides++;
                }
                else
                    Add(name, scope.Value, prominence.At(first), teams, kinds);
            }
        }

        // German and Dutch write the team word into the compound: "Sicherheitsteam", "ethiekcommissie".
        foreach (var scope in scopes)
        {
            if (scope.TokenCount != 1 || kinds.Count + asides >= MaxTeams)
                continue;
            var token = tokens[scope.FirstToken];
            if (IsTeamCompound(token.Forms.Surface) && backdrop[scope.FirstToken])
            {
                teams.Add(text[token.Start..token.End], Prominence.Aside);
                asides++;
            }
            else if (IsTeamCompound(token.Forms.Surface))
                Add(text[token.Start..token.End], scope.Value, prominence.At(scope.FirstToken), teams, kinds);
        }
    }

    // The first index whose value is at least the bound, in a sorted list that may repeat values.
    private static int FirstAtOrAfter(List<int> sorted, int bound)
    {
        int low = 0, high = sorted.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (sorted[middle] < bound)
                low = middle + 1;
            else
                high = middle;
        }

        return low;
    }

    private static void Add(string name, Cue scope, Prominence prominence, EntityList teams, Dictionary<string, string> kinds)
    {
        teams.Add(name, prominence);
        kinds.TryAdd(NameKey.Of(name), TeamKind.Of(scope.Label));
    }

    private static readonly string[] CompoundTeamWords = ["team", "teams", "abteilung", "afdeling", "gremium", "kommission", "commissie", "rat", "raad"];

    internal static bool IsTeamCompound(string word) =>
        Array.Exists(CompoundTeamWords, suffix => word.Length > suffix.Length + 3 && word.EndsWith(suffix, StringComparison.Ordinal));

    // "red team", "safety team", "equipo rojo": a scope phrase that itself opens or ends with the team
    // word, written as such ("red teaming" is an activity).
    private static bool IsTeamWordOf(List<TextToken> tokens, PhraseMatch<Cue> noun, PhraseMatch<Cue> scope) =>
        scope.TokenCount > 1 && noun.TokenCount == 1 && (noun.EndToken == scope.EndToken || noun.FirstToken == scope.FirstToken)
        && tokens[noun.FirstToken].Forms.Surface == noun.Value.FoldedPhrase;

    // "heft het team op dat zijn eigen modellen aanviel": Dutch and German put a separable verb's
    // particle between the team and its clause, and the clause says the work a few words on.
    private const int MaxClauseReach = 6;
    private const int MaxParticleLength = 4;

    private static bool IsDescription(List<TextToken> tokens, PhraseMatch<Cue> noun, PhraseMatch<Cue> scope)
    {
        var opener = noun.EndToken;
        if (opener + 1 < scope.FirstToken && !ClauseOpeners.Contains(tokens[opener].Forms.Surface) && !tokens[opener].IsCapitalised
            && tokens[opener].Length <= MaxParticleLength)
            opener++;
        return opener < scope.FirstToken && ClauseOpeners.Contains(tokens[opener].Forms.Surface);
    }

    private static bool IsTeamName(List<TextToken> tokens, PhraseMatch<Cue> noun, PhraseMatch<Cue> scope)
    {
        if (scope.EndToken == noun.FirstToken)
            return true;
        var links = scope.FirstToken - noun.EndToken;
        if (links < 0 || links > MaxLinks)
            return false;
        for (var i = noun.EndToken; i < scope.FirstToken; i++)
        {
            if (tokens[i].IsCapitalised || tokens[i].Length > MaxLinkLength || NotLinks.Contains(tokens[i].Forms.Surface))
                return false;
        }

        return true;
    }

    // "équipe Alignement", "equipo de IA Responsable": the team word first, then a capitalised
    // name. An acronym alone does not make one ("equipo de IA ética" is a description).
    private static bool IsOwnName(string text, List<TextToken> tokens, PhraseMatch<Cue> noun, PhraseMatch<Cue> scope)
    {
        if (noun.EndToken > scope.FirstToken || !tokens[scope.FirstToken].IsCapitalised)
            return false;
        var word = tokens[scope.FirstToken];
        var isAcronym = !text.AsSpan(word.Start, word.Length).ContainsAnyInRange('a', 'z');
        return !isAcronym || (scope.TokenCount > 1 && tokens[scope.FirstToken + 1].IsCapitalised);
    }

    private static bool IsOnePhrase(string text, List<TextToken> tokens, int first, int end)
    {
        for (var i = first + 1; i < end; i++)
        {
            foreach (var c in text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End))
            {
                if (c is not (' ' or '-' or '\'' or '’' or '&'))
                    return false;
            }
        }

        return true;
    }
}
