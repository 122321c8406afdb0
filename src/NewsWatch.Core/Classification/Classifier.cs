using NewsWatch.Core.Classification.Entities;
using NewsWatch.Core.Classification.Knowledge;
using NewsWatch.Core.Classification.Scoring;
using NewsWatch.Core.Classification.Text;
using NewsWatch.Core.Feeds;

namespace NewsWatch.Core.Classification;

/// <summary>
/// Decides whether an item reports a change to the people, teams or resources of AI-safety
/// work. An alert needs an event cue and AI-safety scope (a scope cue or a known safety team,
/// person or institute) and no look-alike; the evidence for each is returned with the result.
/// All knowledge comes from the data files; the classifier holds no per-item state and is
/// safe to share between threads.
/// </summary>
public sealed class Classifier
{
    // Per-thread scratch lists: classifying an item reuses them instead of allocating new ones.
    [ThreadStatic] private static Scratch? _scratch;

    private readonly KnowledgeBase _knowledge = new(new Stemmers());
    private readonly LanguageIdentifier _languages = new();
    private readonly AlertWeights _weights;

    /// <param name="scorer">Which weights score an item; the hand-set ones unless told otherwise.</param>
    public Classifier(ScorerKind scorer = ScorerKind.HandSet)
    {
        _weights = scorer switch
        {
            ScorerKind.HandSet => HandSetWeights.Weights,
            ScorerKind.Learned => LearnedWeights.Weights,
            _ => throw new ArgumentOutOfRangeException(nameof(scorer), scorer, "Unknown scorer."),
        };
    }

    public ClassificationResult Classify(NewsItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return Classify(item.Title, item.Summary, item.Language, item.Content, item.Published);
    }

    /// <param name="title">The item's title, plain text.</param>
    /// <param name="summary">The item's summary, plain text; may be empty.</param>
    /// <param name="languageHint">The declared language; when supported, detection is skipped.</param>
    /// <param name="content">The full article, one paragraph a line, when the feed carries it.</param>
    /// <param name="published">When the item was published: events dated in earlier years are background.</param>
    public ClassificationResult Classify(string title, string summary, string? languageHint = null, string? content = null, DateTimeOffset? published = null) =>
        ClassifyWithSignals(title, summary, languageHint, content, published).Result;

    /// <summary>As <see cref="Classify(string, string, string?, string?, DateTimeOffset?)"/>, with the signals the score was computed from (the trainer fits weights to them).</summary>
    internal (ClassificationResult Result, Signals Signals) ClassifyWithSignals(string title, string summary, string? languageHint, string? content, DateTimeOffset? published)
    {
        ArgumentNullException.ThrowIfNull(title);
        var scratch = _scratch ??= new Scratch();
        var (text, language, detected) = Read(title, summary, languageHint, content, scratch);
        _knowledge.Gazetteer.FindAll(scratch.Tokens, scratch.Entities);
        GazetteerSelection.KeepLongest(text, scratch.Entities, scratch.Tokens);

        var evidence = new List<Evidence>();
        if (detected)
            evidence.Add(new Evidence(string.Empty, 0, "language", $"detected {language}"));
        var entities = EntityExtractor.Extract(text, scratch.Tokens, scratch.Cues, scratch.Entities, _knowledge, language);
        var signals = SignalCollector.Collect(text, scratch.Tokens, scratch.Cues, scratch.Entities, evidence, published?.Year, entities.SentencesWithPeople, IsGivenName, language);
        var headline = signals.Events.Count > 0 ? signals.Events[0] : AlertEvent.None;
        var (score, terms) = AlertScorer.Explain(signals, _weights);
        var result = new ClassificationResult(
            headline,
            signals.Events,
            score,
            language,
            entities.Orgs,
            entities.People,
            entities.Teams,
            evidence)
        {
            ScoreTerms = terms,
            TeamKinds = entities.TeamKinds,
            KnownTeams = entities.KnownTeams,
        };
        return (result, signals);
    }

    /// <summary>
    /// A label with the names of known entities spelt canonically, as the classifier names them:
    /// "équipe de superalignement" and "UK AISI" become "Superalignment" and the UK institute's
    /// one name, so an evaluation compares entities, not spellings.
    /// </summary>
    public Evaluation.ItemLabel CanonicalLabel(Evaluation.ItemLabel label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return label with
        {
            Orgs = [.. label.Orgs.Select(n => CanonicalName(n, EntityKind.Org))],
            People = [.. label.People.Select(n => CanonicalName(n, EntityKind.Person))],
            Teams = [.. label.Teams.Select(n => CanonicalName(n, EntityKind.Team))],
        };
    }

    private string CanonicalName(string name, EntityKind kind)
    {
        var tokens = new List<TextToken>();
        var matches = new List<PhraseMatch<GazetteerEntry>>();
        Tokenizer.Tokenize(name, name.Length, _knowledge.Stemmers.For("en"), tokens);
        _knowledge.Gazetteer.FindAll(tokens, matches);
        GazetteerSelection.KeepLongest(name, matches, tokens);
        var known = matches.Where(m => m.Value.Kind == kind).OrderByDescending(m => m.TokenCount).Select(m => m.Value.Name).FirstOrDefault();
        return known ?? name;
    }

    /// <summary>The lexicon rows an item matches: what <see cref="Evaluation.LexiconAudit"/> counts.</summary>
    internal List<Cue> MatchingCues(string title, string summary, string? languageHint, string? content)
    {
        ArgumentNullException.ThrowIfNull(title);
        var scratch = _scratch ??= new Scratch();
        Read(title, summary, languageHint, content, scratch);
        return [.. scratch.Cues.Select(m => m.Value)];
    }

    /// <summary>Tokenises an item into <paramref name="scratch"/> and finds its cues.</summary>
    private (string Text, string Language, bool Detected) Read(string title, string? summary, string? languageHint, string? content, Scratch scratch)
    {
        var (text, articleStart) = TextOf(title, summary, content);
        var (language, detected) = _languages.Identify(text, languageHint);
        scratch.Clear();
        var forms = _knowledge.Stemmers.For(language);
        Tokenizer.Tokenize(text, title.Length, forms, scratch.Tokens, title.Length + 1 + articleStart);
        CompoundEllipsis.Complete(text, language, forms, scratch.Tokens);
        _knowledge.CuesFor(language).FindAll(scratch.Tokens, scratch.Cues);
        return (text, language, detected);
    }

    /// <summary>The text an item's evidence offsets point into: its title, a newline, then its summary and article as read.</summary>
    public static string TextOf(NewsItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return TextOf(item.Title, item.Summary, item.Content).Text;
    }

    private static (string Text, int ArticleStart) TextOf(string title, string? summary, string? content)
    {
        // Whoever calls, the text read is bounded as a feed item's is: classification stays bounded too.
        var (body, articleStart) = ArticleText.Body(Bounded(summary, Feeds.NewsItem.MaxSummaryLength), Bounded(content, Feeds.NewsItem.MaxContentLength));
        return (body.Length == 0 ? title : string.Concat(title, "\n", body), articleStart);
    }

    private static string Bounded(string? text, int maxLength) =>
        text is null ? string.Empty : text.Length > maxLength ? text[..maxLength] : text;

    private sealed class Scratch
    {
        public List<TextToken> Tokens { get; } = new(128);

        public List<PhraseMatch<Cue>> Cues { get; } = new(32);

        public List<PhraseMatch<GazetteerEntry>> Entities { get; } = new(16);

        public void Clear()
        {
            Tokens.Clear();
            Cues.Clear();
            Entities.Clear();
        }
    }

    private bool IsGivenName(TextToken word, string surface) =>
        _knowledge.GivenNames.Contains(surface) || _knowledge.WorldGivenNames.Contains(word.Forms.Surface);
}
