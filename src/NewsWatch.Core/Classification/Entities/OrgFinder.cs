using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds organisations the gazetteer does not know by how start-ups name themselves
/// (<see cref="StartupName"/>). A word that opens its sentence is left out, since headlines
/// capitalise ordinary words there.
/// </summary>
internal static class OrgFinder
{
    public static void Find(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, EntityList orgs)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            var name = tokens[i - 1];
            if (!StartupName.EndsAt(text, tokens, i, anyCompany: true) || claimed[i - 1] || name.Sentence != tokens[i - 2].Sentence
                || knowledge.NotNames.Contains(name.Forms.Surface) || knowledge.GivenNames.Contains(name.Forms.Surface))
                continue;
            orgs.Add(text[name.Start..tokens[i].End], name.InTitle);
            claimed[i - 1] = claimed[i] = true;
        }
    }
}
