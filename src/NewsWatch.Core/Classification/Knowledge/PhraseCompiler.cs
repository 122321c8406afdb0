using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>
/// Turns a lexicon phrase as a person writes it ("step down", "shows _ the door", "löst ... auf",
/// "KI-Sicherheit*", "=department") into keys, normalising each word exactly as text words are
/// normalised, so the lexicon can be written in plain inflected language. "=word" keeps the exact
/// word where stems would collide ("department" stems like "depart").
/// </summary>
internal static class PhraseCompiler
{
    /// <param name="phrase">The phrase as written in the data file.</param>
    /// <param name="forms">The language's normaliser, or null to compare surface forms (names, loanwords).</param>
    public static IReadOnlyList<PhraseKey> Compile(string phrase, TokenFormCache? forms, TokenFormCache surfaceForms)
    {
        var keys = new List<PhraseKey>();
        var words = new List<TextToken>();
        foreach (var piece in ArtificialIntelligence.InPhrase(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (piece is "{year}" or "{number}")
            {
                keys.Add(new PhraseKey(piece, piece == "{year}" ? PhraseKeyKind.Year : PhraseKeyKind.Number));
                continue;
            }

            if (piece is "_" or "...")
            {
                keys.Add(new PhraseKey(piece, piece == "_" ? PhraseKeyKind.Any : PhraseKeyKind.Gap));
                continue;
            }

            var isPrefix = piece.EndsWith('*');
            var isExact = piece.StartsWith('=');
            var word = piece[(isExact ? 1 : 0)..(isPrefix ? ^1 : ^0)];
            words.Clear();
            Tokenizer.Tokenize(word, 0, forms ?? surfaceForms, words);
            for (var i = 0; i < words.Count; i++)
            {
                var normalised = words[i].Forms;
                if (isPrefix && i == words.Count - 1)
                    keys.Add(new PhraseKey(normalised.Surface, PhraseKeyKind.Prefix));
                else if (forms is null || isExact)
                    keys.Add(new PhraseKey(normalised.Surface, PhraseKeyKind.Surface));
                else
                    keys.Add(new PhraseKey(normalised.Stem, PhraseKeyKind.Stem));
            }
        }

        return keys;
    }
}
