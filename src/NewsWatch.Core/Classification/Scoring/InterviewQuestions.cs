using System.Buffers;
using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// An interview's questions ("Have you thought about leaving?", « Vai deixar a Cotovia? ») ask
/// about changes; they tell none. A body that asks several questions under a headline quoting
/// its speaker ("'I'm not going anywhere': ...", "Rocío Benavente: «Mi sitio ...»") is a
/// question-and-answer piece.
/// </summary>
internal static class InterviewQuestions
{
    // One question in a report is rhetoric ("What now for the team?"); two or more past the
    // headline are the interviewer's, or an explainer's ("Who checks the models now?").
    private const int MinQuestions = 2;

    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("«„“\"'‘‹»›");

    /// <summary>Which sentences are questions past the headline, when the body asks several; otherwise null.</summary>
    public static bool[]? BodyQuestions(bool[] questionSentences, List<TextToken> tokens)
    {
        var firstBodySentence = tokens.Count > 0 && tokens[0].InTitle ? tokens.Last(t => t.InTitle).Sentence + 1 : 0;
        var asked = 0;
        for (var s = firstBodySentence; s < questionSentences.Length; s++)
        {
            if (questionSentences[s])
                asked++;
        }

        return asked >= MinQuestions ? questionSentences : null;
    }

    /// <summary>Whether the token sits in one of the body's questions.</summary>
    public static bool Asks(bool[]? bodyQuestions, TextToken token) =>
        bodyQuestions is not null && !token.InTitle && bodyQuestions[token.Sentence];

    /// <summary>
    /// Whether the headline quotes its speaker: it opens on a quotation mark, or one follows its
    /// colon ("Nerea Goikoetxea (Pizarra): «...»"). An explainer's headline ("What we know so far") does not.
    /// </summary>
    public static bool HeadlineQuotesItsSpeaker(string text, List<TextToken> tokens)
    {
        if (tokens.Count == 0 || !tokens[0].InTitle)
            return false;
        // One character past the headline's last word takes in a closing quotation mark.
        var title = text.AsSpan(0, Math.Min(text.Length, tokens.Last(t => t.InTitle).End + 1)).TrimStart();
        if (title.Length > 0 && OpeningQuotes.Contains(title[0]))
            return true;
        var colon = title.IndexOf(':');
        return colon >= 0 && title[(colon + 1)..].TrimStart() is { Length: > 0 } afterColon && OpeningQuotes.Contains(afterColon[0]);
    }

    /// <summary>The first token of the body's first question, where the interview's evidence points.</summary>
    public static int FirstQuestionToken(bool[] bodyQuestions, List<TextToken> tokens) =>
        Math.Max(0, tokens.FindIndex(t => !t.InTitle && bodyQuestions[t.Sentence]));
}
