using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Names teams that are not in the gazetteer: a scope cue beside a team word, in either order
/// ("AI ethics team", "équipe d'éthique de l'IA", "Team für KI-Sicherheit").
/// </summary>
internal static class TeamFinder
{
    // Enough for the prepositions and articles between a team word and what it works on.
    private const int MaxGapAfterNoun = 3;

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, EntityList teams)
    {
        foreach (var noun in cues.Where(c => c.Value.Kind == CueKind.TeamNoun))
        {
            foreach (var scope in cues.Where(c => c.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi))
            {
                var before = scope.EndToken == noun.FirstToken || scope.EndToken + 1 == noun.FirstToken;
                var after = scope.FirstToken >= noun.EndToken && scope.FirstToken - noun.EndToken <= MaxGapAfterNoun;
                if (!before && !after)
                    continue;
                var first = Math.Min(noun.FirstToken, scope.FirstToken);
                var last = Math.Max(noun.EndToken, scope.EndToken) - 1;
                if (tokens[first].InTitle == tokens[last].InTitle)
                    teams.Add(text[tokens[first].Start..tokens[last].End]);
            }
        }
    }
}
