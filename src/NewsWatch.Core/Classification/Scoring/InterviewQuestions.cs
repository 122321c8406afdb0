using NewsWatch.Core.Classification.Text;

namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// An interview's questions ("Have you thought about leaving?", « Vai deixar a Cotovia? ») ask
/// about changes; they tell none. A body that asks several questions is a question-and-answer
/// piece, and only its answers and its headline can report a change.
/// </summary>
internal static class InterviewQuestions
{
    // One question in a report is rhetoric ("What now for the team?"); two or more past the
    // headline are the interviewer's.
    private const int MinQuestions = 2;

    /// <summary>The body's question sentences when the text is an interview, or null when it is not.</summary>
    public static bool[]? Of(string text, List<TextToken> tokens)
    {
        var questions = Denials.QuestionSentences(text, tokens);
        var titleSentences = tokens.Count > 0 && tokens[0].InTitle ? tokens.TakeWhile(t => t.InTitle).Select(t => t.Sentence).Distinct().Count() : 0;
        var asked = 0;
        for (var s = titleSentences; s < questions.Length; s++)
        {
            if (questions[s])
                asked++;
        }

        return asked >= MinQuestions ? questions : null;
    }

    /// <summary>Whether the token sits in one of the interviewer's questions.</summary>
    public static bool Asks(bool[]? interviewQuestions, TextToken token) =>
        interviewQuestions is not null && !token.InTitle && interviewQuestions[token.Sentence];
}
