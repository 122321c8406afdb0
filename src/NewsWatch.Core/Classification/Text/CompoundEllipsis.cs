namespace NewsWatch.Core.Classification.Text;

/// <summary>
/// German and Dutch leave the shared end of coordinated compounds unwritten: "Alignment- und
/// Evaluierungsteams", "alignment- en evaluatieteams", "Sicherheits- oder Ethikabteilung". The
/// first word, left with a hyphen, is read with the end the last one gives it ("alignmentteams"),
/// so the lexicons see both compounds. Only the ends that name a team or its work are restored:
/// splitting an arbitrary compound would need a dictionary.
/// </summary>
internal static class CompoundEllipsis
{
    private static readonly string[] GermanEnds =
        ["teams", "team", "abteilungen", "abteilung", "gruppen", "gruppe", "einheiten", "einheit", "forschung", "labore", "labor"];

    private static readonly string[] DutchEnds =
        ["teams", "team", "afdelingen", "afdeling", "groepen", "groep", "eenheden", "eenheid", "onderzoek", "labs", "lab"];

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "und", "oder", "sowie", "bzw", "en", "of" };

    /// <summary>Gives each elided first word of <paramref name="tokens"/> the forms of its whole compound.</summary>
    public static void Complete(string text, string language, TokenFormCache forms, List<TextToken> tokens)
    {
        var ends = language switch { "de" => GermanEnds, "nl" => DutchEnds, _ => null };
        if (ends is null)
            return;
        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            var token = tokens[i];
            if (!IsLeftOpen(text, token) || !Conjunctions.Contains(tokens[i + 1].Forms.Surface))
                continue;
            var last = tokens[i + 2].Forms.Surface;
            var end = Array.Find(ends, e => last.Length > e.Length && last.EndsWith(e, StringComparison.Ordinal));
            if (end is not null)
                tokens[i] = token with { Forms = forms.Get(string.Concat(token.Forms.Surface, end)) };
        }
    }

    // "Alignment- und": the word ends in a hyphen that a space follows.
    private static bool IsLeftOpen(string text, TextToken token)
    {
        var after = token.Start + token.Length;
        return after + 1 < text.Length && text[after] == '-' && text[after + 1] == ' ';
    }
}
