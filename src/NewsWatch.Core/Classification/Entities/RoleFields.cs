using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// "head of alignment", "responsable de l'alignement", "alignment lead", "prend la tête du red
/// teaming": a job in a field of
/// safety work says the lab has a team of that kind, which another outlet names as the team
/// ("its alignment team"). The job is no team's name, so only its kind is kept, for stories, as
/// for a team described by a clause. Jobs deep in an article and someone's former job say
/// nothing of the news.
/// </summary>
internal static class RoleFields
{
    private const int MaxLinks = 2;

    private const int MaxFields = 4;

    // The short words between a job and its field: "head of", "responsable de l'", "Leiterin der".
    private static readonly HashSet<string> LinkWords = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "d", "l", "la", "le", "les", "des", "du", "del", "della", "dell", "dei", "di", "der", "fur", "van", "voor", "do", "da", "dos", "das",
    };

    /// <param name="described">Receives each job's field as the kind of a team described by it.</param>
    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, Dictionary<string, string> described)
    {
        var found = 0;
        for (var i = 0; i < cues.Count && found < MaxFields; i++)
        {
            var role = cues[i];
            if (!IsJobOrMove(role.Value) || tokens[role.FirstToken].InArticle || IsFormer(cues, i) || FollowsABackdrop(tokens, cues, i))
                continue;
            if (FieldAround(tokens, cues, i) is not { } field)
                continue;
            var (first, end) = (Math.Min(role.FirstToken, field.FirstToken), Math.Max(role.EndToken, field.EndToken));
            if (described.TryAdd(text[tokens[first].Start..tokens[end - 1].End], TeamKind.Of(field.Value.Label)))
                found++;
        }
    }

    // "prend la tête du red teaming", "takes over alignment": a move into or out of a field is a job in it too.
    private static bool IsJobOrMove(Cue cue) =>
        cue.Kind == CueKind.Role || (cue.Kind == CueKind.Event && cue.Event is AlertEvent.Arrival or AlertEvent.Departure && !cue.IsFormer);

    // The field right before the job ("alignment lead") or after it across linking words ("head of alignment").
    private static PhraseMatch<Cue>? FieldAround(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int roleIndex)
    {
        var role = cues[roleIndex];
        for (var j = roleIndex - 1; j >= 0 && cues[j].EndToken >= role.FirstToken; j--)
        {
            if (IsField(cues[j]) && cues[j].EndToken == role.FirstToken && tokens[cues[j].FirstToken].Sentence == tokens[role.FirstToken].Sentence)
                return cues[j];
        }

        for (var j = roleIndex + 1; j < cues.Count && cues[j].FirstToken <= role.EndToken + MaxLinks; j++)
        {
            if (IsField(cues[j]) && cues[j].FirstToken >= role.EndToken && OnlyLinksBetween(tokens, role.EndToken, cues[j].FirstToken)
                && tokens[cues[j].FirstToken].Sentence == tokens[role.FirstToken].Sentence)
                return cues[j];
        }

        return null;
    }

    private static bool IsField(PhraseMatch<Cue> cue) => cue.Value.Kind is CueKind.Scope or CueKind.ScopeIfAi;

    private static bool OnlyLinksBetween(List<TextToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!LinkWords.Contains(tokens[t].Forms.Surface))
                return false;
        }

        return true;
    }

    // "Dopo le dimissioni della responsabile dell'allineamento ...", "tras la marcha de la jefa de
    // ética": a job in a clause about what came before is someone's earlier story.
    private const int BackdropReach = 6;

    private static bool FollowsABackdrop(List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int roleIndex)
    {
        var role = cues[roleIndex];
        for (var j = roleIndex - 1; j >= 0 && role.FirstToken - cues[j].FirstToken <= BackdropReach; j--)
        {
            if (cues[j].Value.Kind == CueKind.Backdrop && tokens[cues[j].FirstToken].Sentence == tokens[role.FirstToken].Sentence)
                return true;
        }

        return false;
    }

    // "former head of alignment", "ex-responsable de l'éthique": someone's past job.
    private static bool IsFormer(List<PhraseMatch<Cue>> cues, int roleIndex)
    {
        var role = cues[roleIndex];
        for (var j = roleIndex - 1; j >= 0 && role.FirstToken - cues[j].EndToken <= 1; j--)
        {
            if (cues[j].Value.IsFormer)
                return true;
        }

        return false;
    }
}
