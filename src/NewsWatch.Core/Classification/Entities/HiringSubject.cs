using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// "Meridian Loom hires Lior Bassani-Kwame ...", "A Meridian Loom contratou ...", "Quillon recrute
/// ...": the one to three capitalised words opening a sentence (or after its article) right before
/// a verb of hiring are the employer, wherever the text names it again, not a person who moves.
/// A given name among them makes them someone who hires for a company of their own ("Maria
/// Lopez recruits ...") and is left to <see cref="PersonFinder"/>.
/// </summary>
internal static class HiringSubject
{
    private const int MaxNameWords = 3;

    public static void Find(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        var ordinary = knowledge.LexiconWordsFor(language);
        var hiring = knowledge.HiringVerbsFor(language);
        var found = 0;
        for (var verb = 1; verb < tokens.Count && found < OrganisationMentions.MaxNamesPerFinder; verb++)
        {
            if (!hiring.Contains(tokens[verb].Forms.Surface) || tokens[verb].IsCapitalised || !TakesAnObject(text, tokens, verb))
                continue;
            var first = verb;
            while (first > 0 && verb - first < MaxNameWords && IsNameWord(text, tokens, claimed, knowledge, first - 1, verb))
                first--;
            if (first == verb || !OpensSentence(tokens, first) || knowledge.WorldGivenNames.Contains(tokens[first].Forms.Surface)
                || Enumerable.Range(first, verb - first).Any(t => IsGivenOrOrdinary(tokens[t], knowledge, ordinary)))
                continue;
            OrganisationMentions.ClaimAndList(text, tokens, claimed, first, verb, prominence, orgs);
            found++;
        }
    }

    // "hires Lior ...", "hires a philosopher", "hires former regulator ...", "recrute trois chercheurs": the
    // verb's object follows. "Planned hires have been put on hold" uses the word as a noun.
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "its", "his", "her", "their", "two", "three", "un", "une", "le", "la", "les", "l", "sa", "son", "ses", "deux", "trois",
        "einen", "eine", "den", "die", "seinen", "ihren", "el", "los", "las", "su", "sus", "dos", "tres", "al", "il", "lo", "gli", "i", "uno", "una", "suo",
        "o", "os", "as", "um", "uma", "seu", "sua", "de", "het", "een", "zijn", "haar", "ex",
        "former", "ancien", "ancienne", "ehemaligen", "ehemalige", "antiguo", "antigua", "voormalig", "voormalige",
    };

    private static bool TakesAnObject(string text, List<TextToken> tokens, int verb)
    {
        var next = verb + 1;
        if (next >= tokens.Count || tokens[next].Sentence != tokens[verb].Sentence)
            return false;
        return tokens[next].IsCapitalised || char.IsDigit(text[tokens[next].Start]) || Determiners.Contains(tokens[next].Forms.Surface);
    }

    private static bool IsNameWord(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, int at, int verb)
    {
        var token = tokens[at];
        return token.IsCapitalised && !claimed[at] && token.Length > 1 && token.Sentence == tokens[verb].Sentence
            && !knowledge.NotNames.Contains(token.Forms.Surface) && text.AsSpan(token.End, tokens[at + 1].Start - token.End) is " ";
    }

    // "Brasileiro Joaquim Ferraz contrata ...": a common given name anywhere makes the words a
    // described person (a rarer one only opening them: "Orchard Nine" is no person); a word of the
    // language's own lexicon makes them a headline's wording ("Planned ...").
    private static bool IsGivenOrOrdinary(TextToken token, KnowledgeBase knowledge, System.Collections.Frozen.FrozenSet<string> ordinary) =>
        knowledge.GivenNames.Contains(token.Forms.Surface) || ordinary.Contains(token.Forms.Surface);

    private static bool OpensSentence(List<TextToken> tokens, int first) =>
        first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence
        || (Article.Is(tokens[first - 1]) && (first == 1 || tokens[first - 2].Sentence != tokens[first].Sentence));
}
