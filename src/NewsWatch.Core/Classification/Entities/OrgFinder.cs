using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds organisations the gazetteer does not know by how start-ups name themselves
/// (<see cref="StartupName"/>), also at the start of a sentence: "Orvalis AI dissolves ..." is
/// how headlines open, and the suffix says the capital is a name, not the headline's style.
/// </summary>
internal static class OrgFinder
{
    public static void Find(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, ProminenceMap prominence, EntityList orgs)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            var name = tokens[i - 1];
            if (!StartupName.EndsAt(text, tokens, i, anyCompany: true) || claimed[i - 1]
                || knowledge.NotNames.Contains(name.Forms.Surface) || knowledge.GivenNames.Contains(name.Forms.Surface))
                continue;
            orgs.Add(text[name.Start..tokens[i].End], prominence.At(i - 1));
            claimed[i - 1] = claimed[i] = true;
        }
    }
}
