using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// "Brisklane, a London start-up, ...", "Orvalis, un centre public chargé de ...", "Kelvanne,
/// eine gemeinnützige Stiftung": a capitalised word that an apposition right after it calls a
/// company or an institution names an organisation, wherever the text names it again. A person's
/// apposition names a job ("Ana Ruiz, a researcher at ..."), which is none of these words.
/// </summary>
internal static class AppositionName
{
    // "a London start-up", "un centre public", "eine neue gemeinnützige Stiftung": the noun stands a few words into the apposition.
    private const int NounReach = 4;

    public static void Find(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, string language, ProminenceMap prominence, EntityList orgs)
    {
        var found = 0;
        for (var name = 0; name + 2 < tokens.Count && found < OrganisationMentions.MaxNamesPerFinder; name++)
        {
            var token = tokens[name];
            if (!token.IsCapitalised || claimed[name] || token.Length < 3 || knowledge.NotNames.Contains(token.Forms.Surface)
                || knowledge.WorldGivenNames.Contains(token.Forms.Surface) || !OpensAnApposition(text, tokens, name, language))
                continue;
            if (!CallsItAnOrganisation(text, tokens, name + 2, knowledge))
                continue;
            OrganisationMentions.ClaimAndList(text, tokens, claimed, name, name + 1, prominence, orgs);
            found++;
        }
    }

    // "Brisklane, a ...": a comma, then an indefinite article ("a" only in English, where it is no preposition).
    private static bool OpensAnApposition(string text, List<TextToken> tokens, int name, string language)
    {
        var article = tokens[name + 1];
        return article.Sentence == tokens[name].Sentence
            && text.AsSpan(tokens[name].End, article.Start - tokens[name].End).Trim() is ","
            && (IndefiniteArticle.Is(article) || (language == "en" && article.Forms.Surface == "a"));
    }

    // A company noun or an institution's word within the apposition, before its next comma.
    private static bool CallsItAnOrganisation(string text, List<TextToken> tokens, int from, KnowledgeBase knowledge)
    {
        for (var t = from; t < tokens.Count && t < from + NounReach && tokens[t].Sentence == tokens[from].Sentence; t++)
        {
            if (t > from && text.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End).Contains(','))
                return false;
            var word = tokens[t].Forms.Surface;
            // "start-up" is read as two words.
            var hyphenated = t + 1 < tokens.Count && text.AsSpan(tokens[t].End, tokens[t + 1].Start - tokens[t].End) is "-" ? $"{word}-{tokens[t + 1].Forms.Surface}" : word;
            if (IsAnOrganisationsWord(word, knowledge) || IsAnOrganisationsWord(hyphenated, knowledge))
                return true;
        }

        return false;
    }

    private static bool IsAnOrganisationsWord(string word, KnowledgeBase knowledge) =>
        knowledge.CompanyNouns.Contains(word) || knowledge.InstitutionWords.Contains(word) || knowledge.InstitutionEnds.Contains(word);
}
