using System.Collections.Frozen;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// Names units by their proper name where the language capitalises only names: a capitalised
/// word for a unit ("Unidad", "Núcleo", "Ufficio", `unit` in names.tsv) and the capitalised
/// words joined to it by short linking words, when the name holds AI-safety work ("Unidad de
/// Evaluación y Seguridad de Sistemas de IA", "Núcleo de Segurança de Modelos"). English writes
/// the unit word last and German capitalises every noun, so there <see cref="TeamFinder"/> alone looks.
/// </summary>
internal static class UnitNameFinder
{
    private const int MaxWords = 12;

    // "Unidad de Evaluación": the opening word and at least one capitalised word after it.
    private const int MinWords = 3;

    // "de", "della", "per la", "y", "en": the short lower-case words that join the words of a name.
    private const int MaxLinkLength = 5;

    private static readonly FrozenSet<string> NameCapitalising = FrozenSet.Create(StringComparer.Ordinal, "fr", "es", "it", "pt", "nl");

    public static void Find(string text, List<TextToken> tokens, List<PhraseMatch<Cue>> cues, FrozenSet<string> unitWords, string language, ProminenceMap prominence, EntityList teams, Dictionary<string, string> kinds)
    {
        if (!NameCapitalising.Contains(language))
            return;
        // Work that is safety work only where the text says AI ("Seguridad") counts only there.
        var saysAi = cues.Exists(c => c.Value.Kind is CueKind.Scope or CueKind.AiContext);
        var scopes = cues.Where(c => c.Value.Kind == CueKind.Scope || (c.Value.Kind == CueKind.ScopeIfAi && saysAi)).OrderBy(c => c.FirstToken).ToList();
        // "Unidad de Seguridad Vial": a look-alike inside the name says its work is another field's.
        var lookalikes = cues.Where(c => c.Value.Kind == CueKind.Lookalike).Select(c => c.FirstToken).Order().ToList();
        var nextLookalike = 0;
        // Names never overlap and are found in order, so one pass over the scopes serves them all: linear on any text.
        var next = 0;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalised || !unitWords.Contains(tokens[i].Forms.Surface))
            {
                i++;
                continue;
            }

            var end = NameEnd(text, tokens, i);
            while (next < scopes.Count && scopes[next].FirstToken <= i)
                next++;
            while (nextLookalike < lookalikes.Count && lookalikes[nextLookalike] <= i)
                nextLookalike++;
            var otherField = nextLookalike < lookalikes.Count && lookalikes[nextLookalike] < end;
            if (end - i >= MinWords && !otherField && next < scopes.Count && scopes[next].FirstToken < end)
            {
                var name = text[tokens[i].Start..tokens[end - 1].End];
                teams.Add(name, prominence.At(i));
                kinds.TryAdd(NameKey.Of(name), TeamKind.Of(scopes[next].Value.Label));
            }

            i = Math.Max(end, i + 1);
        }
    }

    /// <summary>Past the last capitalised word of the name opened at <paramref name="first"/>: linking words count only between capitalised ones.</summary>
    private static int NameEnd(string text, List<TextToken> tokens, int first)
    {
        var end = first + 1;
        var at = first + 1;
        while (at < tokens.Count && at - first < MaxWords && tokens[at].Sentence == tokens[first].Sentence && IsWordGap(text, tokens[at - 1], tokens[at]))
        {
            if (tokens[at].IsCapitalised)
                end = ++at;
            else if (tokens[at].Length <= MaxLinkLength)
                at++;
            else
                break;
        }

        return end;
    }

    // "de la Sécurité", "dell'IA": a space or an apostrophe, never a comma or a bracket.
    private static bool IsWordGap(string text, TextToken previous, TextToken next) =>
        text.AsSpan(previous.End, next.Start - previous.End) is " " or "'" or "’";
}
