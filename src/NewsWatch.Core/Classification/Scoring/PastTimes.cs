using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// The past-time cues of one item that really are past (a year counts only when it is before
/// the item was published), and which event cues they date as history: a past time follows the
/// event closely ("launched in 2023"), stands right before it ("das im Jahr 2023 gegründete
/// Team") or opens its sentence ("Last year, the lab disbanded ..."). The news is what changed now.
/// </summary>
internal sealed class PastTimes
{
    // How far after an event cue a past time ("launched in 2023", "disbanded two years ago") reaches.
    private const int Reach = 3;

    private readonly string _text;
    private readonly List<TextToken> _tokens;
    private readonly List<PhraseMatch<Cue>> _past;
    private readonly Dictionary<int, int> _openingEndBySentence = [];

    public PastTimes(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, int? publishedYear)
    {
        _text = text;
        _tokens = tokens;
        _past = cues.FindAll(m => m.Value.Kind == CueKind.Past);
        if (_past.Count == 0)
            return;
        // Without a publication date, the latest year the text names stands for "now".
        var now = publishedYear ?? tokens.Select(YearOf).Max() ?? int.MaxValue;
        _past.RemoveAll(m => Enumerable.Range(m.FirstToken, m.TokenCount).Any(i => YearOf(tokens[i]) >= now));
        // "Créée en 2023, l'équipe ... a été dissoute lundi": a time right after an opening event
        // word dates that word (see Dates), not the sentence it opens.
        var eventEnds = cues.Where(m => m.Value.Kind == CueKind.Event).Select(m => m.EndToken).ToHashSet();
        foreach (var p in _past.Where(p => OpensSentence(p) && !FollowsAnEventWordOfItsSentence(p, eventEnds)))
        {
            var sentence = tokens[p.FirstToken].Sentence;
            _openingEndBySentence[sentence] = Math.Min(_openingEndBySentence.GetValueOrDefault(sentence, int.MaxValue), p.EndToken);
        }
    }

    /// <summary>Whether the event cue is told as history.</summary>
    public bool Dates(PhraseMatch<Cue> eventMatch)
    {
        if (_past.Count == 0)
            return false;
        var sentence = _tokens[eventMatch.FirstToken].Sentence;
        if (_openingEndBySentence.TryGetValue(sentence, out var openingEnd) && openingEnd <= eventMatch.FirstToken)
            return true;
        // Past cues are in token order: only those starting just before or just after can date it.
        for (var i = FirstStartingFrom(eventMatch.FirstToken - SignalCollector.MaxCueSpan); i < _past.Count && _past[i].FirstToken <= eventMatch.EndToken + Reach; i++)
        {
            var p = _past[i];
            if (_tokens[p.FirstToken].Sentence != sentence)
                continue;
            if ((p.FirstToken >= eventMatch.EndToken && p.FirstToken - eventMatch.EndToken <= Reach) || Qualifies(p, eventMatch))
                return true;
        }

        return false;
    }

    private int FirstStartingFrom(int token)
    {
        int low = 0, high = _past.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_past[middle].FirstToken < token)
                low = middle + 1;
            else
                high = middle;
        }

        return low;
    }

    // "das im Jahr 2023 gegründete Team": the time qualifies the very next word, with nothing but a space between.
    private bool Qualifies(PhraseMatch<Cue> time, PhraseMatch<Cue> eventMatch) =>
        eventMatch.FirstToken == time.EndToken
        && string.IsNullOrWhiteSpace(_text[_tokens[time.EndToken - 1].End.._tokens[eventMatch.FirstToken].Start]);

    private bool FollowsAnEventWordOfItsSentence(PhraseMatch<Cue> time, HashSet<int> eventEnds) =>
        eventEnds.Contains(time.FirstToken) && time.FirstToken > 0 && _tokens[time.FirstToken - 1].Sentence == _tokens[time.FirstToken].Sentence;

    private bool OpensSentence(PhraseMatch<Cue> match) =>
        match.FirstToken == 0 || _tokens[match.FirstToken - 1].Sentence != _tokens[match.FirstToken].Sentence
        || (match.FirstToken > 1 && _tokens[match.FirstToken - 2].Sentence != _tokens[match.FirstToken].Sentence);

    private int? YearOf(TextToken token) =>
        PhraseKey.IsYear(token.Forms.Surface) ? int.Parse(_text.AsSpan(token.Start, token.Length), System.Globalization.CultureInfo.InvariantCulture) : null;
}
