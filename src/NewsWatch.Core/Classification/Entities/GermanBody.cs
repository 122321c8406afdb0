using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Entities;

/// <summary>
/// German writes a public body's kind into one word with what it serves ("Bundesinstitut",
/// "Landeszentrum", "Prüfagentur") and names its field after "für": "Bundesinstitut für
/// KI-Sicherheit". Such a compound opens a name only before "für", where it cannot be a building
/// ("Rechenzentrum") or a word of the sentence.
/// </summary>
internal static class GermanBody
{
    // Folded: "behorde" is "Behörde". The genitive adds "s" ("des Bundesinstituts für ..."). A
    // "-stelle" is a body only as a testing or expert office ("Prüfstelle", "Fachstelle"); most
    // others are no body at all ("Schnittstelle", "Anlaufstelle").
    private static readonly string[] Heads = ["institut", "instituts", "zentrum", "zentrums", "agentur", "behorde"];

    // A compound needs a word of its own before the head: "Institut" alone is the plain body word.
    private const int MinModifier = 4;

    // "Rechenzentrum", "Datenzentrum": a computing centre is a building, no body.
    private static readonly string[] Buildings = ["rechen", "daten"];

    // "Prüfstelle", "Fachstelle": these are a body's kind already, alone as in a compound.
    private static readonly string[] OfficeHeads = ["prufstelle", "fachstelle"];

    public static bool IsCompound(string folded) =>
        (Array.Exists(Heads, head => folded.Length >= head.Length + MinModifier && folded.EndsWith(head, StringComparison.Ordinal))
            || Array.Exists(OfficeHeads, head => folded.EndsWith(head, StringComparison.Ordinal)))
        && !Array.Exists(Buildings, building => folded.StartsWith(building, StringComparison.Ordinal));

    // "Amt für KI-Sicherheit", "Sicherheitsamts für ...": an office, as a noun ("insgesamt für" is
    // an adverb), and only before "für": "das Amt der Beauftragten" is a post someone holds.
    private static readonly string[] OfficeWords = ["amt", "amts"];

    /// <summary>Whether the word could open a body's name before "für": a body's compound or an office.</summary>
    public static bool MayOpenName(TextToken token) => IsCompound(token.Forms.Surface) || IsOffice(token);

    private static bool IsOffice(TextToken token) =>
        token.IsCapitalised && Array.Exists(OfficeWords, office => token.Forms.Surface.EndsWith(office, StringComparison.Ordinal));

    public static bool OpensName(List<TextToken> tokens, int at) =>
        MayOpenName(tokens[at]) && at + 1 < tokens.Count && tokens[at + 1].Sentence == tokens[at].Sentence
        && tokens[at + 1].Forms.Surface == "fur" && !IndefiniteArticle.Precedes(tokens, at);

    /// <summary>The name as a label gives it, in the nominative: "Bundesinstituts für KI-Sicherheit" → "Bundesinstitut für KI-Sicherheit".</summary>
    public static string Nominative(string name, TextToken head) =>
        Array.Exists(Genitives, genitive => head.Forms.Surface.EndsWith(genitive, StringComparison.Ordinal)) ? name.Remove(head.Length - 1, 1) : name;

    private static readonly string[] Genitives = ["instituts", "zentrums", "amts"];
}
