using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Finds organisations the gazetteer does not know by how start-ups name themselves: one
/// capitalised word followed by "AI", "Labs" or "Lab" ("Helix Labs", "Polder AI"). A word that
/// opens its sentence is left out, since headlines capitalise ordinary words there.
/// </summary>
internal static class OrgFinder
{
    private static readonly HashSet<string> Suffixes = new(StringComparer.Ordinal) { "AI", "Labs", "Lab" };

    public static void Find(string text, List<TextToken> tokens, bool[] claimed, KnowledgeBase knowledge, EntityList orgs)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            var name = tokens[i - 1];
            if (!Suffixes.Contains(text.Substring(tokens[i].Start, tokens[i].Length)) || claimed[i - 1] || !name.IsCapitalised
                || name.Sentence != tokens[i].Sentence || name.Sentence != tokens[i - 2].Sentence
                || name.End + 1 != tokens[i].Start || text[name.End] != ' '
                || knowledge.NotNames.Contains(name.Forms.Surface) || knowledge.GivenNames.Contains(name.Forms.Surface))
                continue;
            orgs.Add(text[name.Start..tokens[i].End], name.InTitle);
            claimed[i - 1] = claimed[i] = true;
        }
    }
}
