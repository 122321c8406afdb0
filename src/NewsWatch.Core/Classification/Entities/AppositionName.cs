using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Scoring;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// "Brisklane, a London start-up, ...", "Kalvorin, un organisme public qui ...", "Kelvanne, eine
/// gemeinnützige Stiftung aus Hamburg": a one-word name that an apposition right after it calls a
/// company or a foundation names an organisation, wherever the text names it again. The company's
/// word must be the apposition's head: "a lab veteran", "a startup founder", "una ricercatrice del
/// laboratorio" and "eine Labor-Mitarbeiterin" describe a person by where they work. A surname
/// after a given name ("Mia Tamsqvist, a ...") is a person's, and "centre" or "Zentrum" also
/// describe towns ("a financial centre in the north"), so they name nothing here.
/// </summary>
internal static class AppositionName
{
    // "a London start-up", "eine neue gemeinnützige Stiftung": the head stands a few words into the apposition.
    private const int MaxWords = 4;

    // Where an apposition's head phrase ends: a relative pronoun or a preposition.
    private static readonly FrozenSet<string> PhraseEnds = WordSet.Of(
        "that", "which", "who", "of", "at", "from", "in", "for", "with", "based", "qui", "que", "dont", "de", "du", "des", "d", "en", "a", "au", "aux",
        "die", "der", "das", "aus", "von", "fur", "bei", "mit", "in", "quien", "del", "con", "para", "che", "cui", "di", "della", "dello", "dei", "da", "per",
        "do", "dos", "das", "na", "no", "com", "dat", "van", "uit", "voor", "bij", "met");

    // Words that describe towns as often as bodies.
    private static readonly FrozenSet<string> PlaceLike = WordSet.Of("centre", "center", "centro", "centrum", "zentrum");

    public static void Find(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        var found = 0;
        for (var name = 0; name + 2 < tokens.Count && found < OrganisationMentions.MaxNamesPerFinder; name++)
        {
            var token = tokens[name];
            if (!token.IsCapitalised || claimed[name] || token.Length < 3 || knowledge.NotNames.Contains(token.Forms.Surface)
                || knowledge.WorldGivenNames.Contains(token.Forms.Surface) || FollowsACapitalisedWord(text, tokens, name)
                || !OpensAnApposition(text, tokens, name, language) || !HeadIsAnOrganisation(text, tokens, name + 2, knowledge, language))
                continue;
            OrganisationMentions.ClaimAndList(text, tokens, claimed, name, name + 1, prominence, orgs);
            found++;
        }
    }

    // "Mia Tamsqvist, a ...": the word ends a longer name, most often a person's.
    private static bool FollowsACapitalisedWord(string text, List<TextToken> tokens, int name) =>
        name > 0 && tokens[name - 1].Sentence == tokens[name].Sentence && tokens[name - 1].IsCapitalised
        && text.AsSpan(tokens[name - 1].End, tokens[name].Start - tokens[name - 1].End) is " " or "-";

    // "Brisklane, a ...": a comma, then an indefinite article ("a" only in English, where it is no preposition).
    private static bool OpensAnApposition(string text, List<TextToken> tokens, int name, string language)
    {
        var article = tokens[name + 1];
        return article.Sentence == tokens[name].Sentence
            && text.AsSpan(tokens[name].End, article.Start - tokens[name].End).Trim() is ","
            && (IndefiniteArticle.Is(article) || (language == "en" && article.Forms.Surface == "a"));
    }

    // The head phrase runs to a comma, a relative pronoun or a preposition; its last word, or in the
    // languages that put adjectives after nouns the word before a last lower-case one, is the head.
    private static bool HeadIsAnOrganisation(string text, List<TextToken> tokens, int from, KnowledgeBase knowledge, string language)
    {
        var end = from;
        while (end < tokens.Count && end - from < MaxWords && tokens[end].Sentence == tokens[from].Sentence && !PhraseEnds.Contains(tokens[end].Forms.Surface)
            && (end == from || IsWordGap(text, tokens[end - 1], tokens[end])))
            end++;
        if (end == from || (end < tokens.Count && end - from == MaxWords && tokens[end].Sentence == tokens[from].Sentence && IsWordGap(text, tokens[end - 1], tokens[end])
            && !PhraseEnds.Contains(tokens[end].Forms.Surface)))
            return false;
        var roles = knowledge.RoleWordsFor(language);
        if (Enumerable.Range(from, end - from).Any(t => roles.Contains(tokens[t].Forms.Surface)))
            return false;
        var adjectivesFollow = language is "fr" or "es" or "it" or "pt";
        return IsHead(text, tokens, end - 1, knowledge) || (adjectivesFollow && end - from >= 2 && !tokens[end - 1].IsCapitalised && IsHead(text, tokens, end - 2, knowledge));
    }

    private static bool IsHead(string text, List<TextToken> tokens, int t, KnowledgeBase knowledge)
    {
        var word = tokens[t].Forms.Surface;
        // "start-up" is read as two words; "Labor-Mitarbeiterin" makes "Labor" a modifier.
        if (t > 0 && text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End) is "-")
            word = $"{tokens[t - 1].Forms.Surface}-{word}";
        return !PlaceLike.Contains(word)
            && (knowledge.CompanyNouns.Contains(word) || knowledge.InstitutionWords.Contains(word) || knowledge.InstitutionEnds.Contains(word));
    }

    private static bool IsWordGap(string text, TextToken previous, TextToken next) =>
        text.AsSpan(previous.End, next.Start - previous.End) is " " or "-";
}
