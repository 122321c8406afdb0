namespace NewsWatch.Core.Classification.Evaluation;

/// <summary>
/// Finds tuning residue: lexicon phrases of three or more words that match exactly one labelled
/// item. A phrase written for one headline ("X spins up a team to ...") teaches the classifier
/// that headline, not the language; a phrase worth keeping matches several items, or none yet
/// (a construction added for coverage, such as another tense). A single word or a verb with its
/// particle that one item matches is vocabulary seen once, counted but not residue; so is a row
/// marked "# idiom", a fixed expression of the language ("heads for the exit") that news uses
/// whichever item happens to show it.
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
                var row = new LexiconRow(cue.Kind.ToString(), cue.Label, cue.Language, cue.Phrase, cue.IsIdiom);
                if (!itemsByRow.TryGetValue(row, out var ids))
                    itemsByRow[row] = ids = [];
                ids.Add(item.Id);
            }
        }

        var seenOnce = itemsByRow.Where(pair => pair.Value.Count == 1).ToList();
        var longSeenOnce = seenOnce.Where(pair => WordsIn(pair.Key.Phrase) >= MinPhraseWords).ToList();
        var residue = longSeenOnce
            .Where(pair => !pair.Key.IsIdiom)
            .Select(pair => new LexiconResidue(pair.Key, pair.Value.Single()))
            .OrderBy(r => r.Row.Language, StringComparer.Ordinal)
            .ThenBy(r => r.Row.Phrase, StringComparer.Ordinal)
            .ToList();
        var idioms = longSeenOnce.Count(pair => pair.Key.IsIdiom);
        return new LexiconAuditReport(audited, itemsByRow.Count, seenOnce.Count, residue, idioms);
    }

    // "kehrt ... den rücken" is three words: gaps and wildcards stand for words the phrase does not fix.
    private static int WordsIn(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w is not ("..." or "_"));
}
