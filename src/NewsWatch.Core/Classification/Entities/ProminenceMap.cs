using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Says how prominently one item names the thing at a token. An article body names many
/// people and organisations (founders, former employers, quoted critics, the platform a post
/// appeared on); the ones the story is about stand in its title, its lede or the sentences that
/// report the change.
/// </summary>
internal sealed class ProminenceMap
{
    private readonly List<TextToken> _tokens;
    private readonly bool[] _reportsChange;

    public ProminenceMap(List<TextToken> tokens, List<PhraseMatch<Cue>> cues)
    {
        _tokens = tokens;
        _reportsChange = new bool[tokens.Count == 0 ? 1 : tokens[^1].Sentence + 1];
        foreach (var match in cues)
        {
            if (match.Value.Kind == CueKind.Event)
                _reportsChange[tokens[match.FirstToken].Sentence] = true;
        }
    }

    public Prominence At(int token)
    {
        var t = _tokens[token];
        if (t.InTitle)
            return Prominence.Title;
        if (!t.InArticle)
            return Prominence.Lede;
        return _reportsChange[t.Sentence] ? Prominence.NewsSentence : Prominence.Aside;
    }
}
