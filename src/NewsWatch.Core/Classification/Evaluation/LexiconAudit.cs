namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>
/// Finds tuning residue: lexicon phrases of three or more words that match exactly one labelled
/// item. A phrase written for one headline ("X spins up a team to ...") teaches the classifier
/// that headline, not the language; a phrase worth keeping matches several items, or none yet
/// (a construction added for coverage, such as another tense). A single word or a verb with its
/// particle that one item matches is vocabulary seen once, counted but not residue.
/// </summary>
public static class LexiconAudit
{
    /// <summary>Phrases this long or longer are constructions that should recur, not vocabulary.</summary>
    public const int MinPhraseWords = 3;

    public static LexiconAuditReport Run(Classifier classifier, IEnumerable<LabelledItem> items)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(items);
        var itemsByRow = new Dictionary<LexiconRow, HashSet<string>>();
        var audited = 0;
        foreach (var item in items)
        {
            audited++;
            foreach (var cue in classifier.MatchingCues(item.Title, item.Summary, item.Lang, item.Content))
            {
                var row = new LexiconRow(cue.Kind.ToString(), cue.Label, cue.Language, cue.Phrase);
                if (!itemsByRow.TryGetValue(row, out var ids))
                    itemsByRow[row] = ids = [];
                ids.Add(item.Id);
            }
        }

        var seenOnce = itemsByRow.Where(pair => pair.Value.Count == 1).ToList();
        var residue = seenOnce
            .Where(pair => WordsIn(pair.Key.Phrase) >= MinPhraseWords)
            .Select(pair => new LexiconResidue(pair.Key, pair.Value.Single()))
            .OrderBy(r => r.Row.Language, StringComparer.Ordinal)
            .ThenBy(r => r.Row.Phrase, StringComparer.Ordinal)
            .ToList();
        return new LexiconAuditReport(audited, itemsByRow.Count, seenOnce.Count, residue);
    }

    // "kehrt ... den rücken" is three words: gaps and wildcards stand for words the phrase does not fix.
    private static int WordsIn(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w is not ("..." or "_"));
}
