namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Collects the event cues of one item and decides which event is the news. The title states
/// the news, then the lede (the summary, or an article's first paragraph), then the article
/// body: each part's events win over the later parts'. A cue marked as background ("after
/// leaving OpenAI", "launched in 2023") is listed among the events but does not make the
/// headline while another event does. A departure or arrival that names no one ("Adiós al
/// superalineamiento", "loses its edge") is most likely a figure of speech: it counts towards
/// the strength of a change, but makes the headline only when nothing else does.
/// </summary>
internal sealed class EventTally
{
    // A cue in the summary is often background ("...who joined in 2021"); the title states the news.
    private const double LedeDiscount = 0.85;

    // Deep in an article a cue is as often context as news: it counts, but needs its scope close by.
    private const double ArticleDiscount = 0.75;

    // "joins Anthropic after leaving OpenAI": the departure is context for the arrival.
    private const double BackdropDiscount = 0.4;

    // A part whose only event cue is this weak ("former", "ex-") leaves the news to the next part.
    private const double WeakCue = 0.5;

    // A cue this strong tells a change ("dismissed", "disbanded"); a money figure ("40 million") does not.
    internal const double TellingCue = 0.9;

    // Events weaker than this share of the strongest are incidental wording, not the news.
    private const double IncidentalShare = 0.6;

    private const int Slots = (int)AlertEvent.Dissolution + 1;

    private static readonly double[] PartWeights = [1.0, LedeDiscount, ArticleDiscount];

    // Per part (title, lede, article): the strongest cue of each event, as news, as a figure of
    // speech (a departure or arrival naming no one) and as background.
    private readonly double[][] _news = NewParts();
    private readonly double[][] _figurative = NewParts();
    private readonly double[][] _background = NewParts();

    // The article body's news cues summed per event: a body tells its news again and again ("nombró
    // ... la nueva directora llega ... el nombramiento"), where a passing word ("el presupuesto
    // sigue sin cerrarse") is said once.
    private readonly double[] _bodySupport = new double[Slots];

    // Which parts name AI-safety work: a lede about a company's money or plans, under a headline
    // that tells nothing, is the scene; the news is the change the body tells of the safety team.
    private readonly bool[] _hasScope = new bool[PartWeights.Length];

    /// <summary>Notes that a part of the text names AI-safety work.</summary>
    public void AddScope(TextPart part) => _hasScope[(int)part] = true;

    public void Add(AlertEvent kind, double weight, TextPart part, bool isBackdrop, bool namesNoOne = false)
    {
        var slots = (isBackdrop ? _background : namesNoOne ? _figurative : _news)[(int)part];
        slots[(int)kind] = Math.Max(slots[(int)kind], weight);
        if (part == TextPart.Article && !isBackdrop)
            _bodySupport[(int)kind] += weight;
    }

    /// <summary>How strongly the item reports a change, about 0..1.</summary>
    public double Strength
    {
        get
        {
            double news = 0, background = 0;
            for (var part = 0; part < PartWeights.Length; part++)
            {
                news = Math.Max(news, PartWeights[part] * Math.Max(Max(_news[part]), Max(_figurative[part])));
                background = Math.Max(background, PartWeights[part] * Max(_background[part]));
            }

            return Math.Max(news, BackdropDiscount * background);
        }
    }

    /// <summary>The title tells a change as news with a cue that tells one ("sues over dismissal", not "40 million").</summary>
    public bool TitleTellsAChange => Max(_news[(int)TextPart.Title]) >= TellingCue;

    /// <summary>The title names someone's move, even in passing ("Former researcher sues ...").</summary>
    public bool TitleNamesAMove => NamesAMove(_news) || NamesAMove(_figurative) || NamesAMove(_background);

    private static bool NamesAMove(double[][] tier) =>
        tier[(int)TextPart.Title][(int)AlertEvent.Departure] > 0 || tier[(int)TextPart.Title][(int)AlertEvent.Arrival] > 0;

    /// <summary>The title has an event cue told as news: it states the change itself.</summary>
    public bool IsInTitle => Max(_news[(int)TextPart.Title]) > 0;

    /// <summary>The headline event first, then the other events of the same part of the text, most severe first.</summary>
    /// <param name="bodyEndsASafetyTeam">A sentence of the article body tells, as news, the end of the safety work it names.</param>
    /// <param name="ledeOpensWithAnEnd">The lede's first sentence tells, as news, the end of the safety work it names.</param>
    public List<AlertEvent> Events(bool bodyEndsASafetyTeam = false, bool ledeOpensWithAnEnd = false)
    {
        var (part, tier) = NewsPart();
        var headlineFrom = tier[part];
        var events = new List<AlertEvent>();
        var headline = part == (int)TextPart.Article && tier == _news ? MostSevere(_bodySupport) : MostSevere(headlineFrom);
        if (headline == AlertEvent.None)
            return events;
        // A headline that tells a person's move is no scene: "hires Mara Quill" is the story.
        if (bodyEndsASafetyTeam && headline != AlertEvent.Dissolution && part != (int)TextPart.Article && IsASceneAboveTheBody()
            && !(part == (int)TextPart.Title && tier == _news && headline is AlertEvent.Departure or AlertEvent.Arrival))
            events.Add(AlertEvent.Dissolution);
        // "... loses a co-founder | X has disbanded its alignment team": a lede that opens by telling
        // the team's end reports the most severe change of the two.
        if (ledeOpensWithAnEnd && part == (int)TextPart.Title && tier == _news && headline == AlertEvent.Departure && !events.Contains(AlertEvent.Dissolution))
            events.Add(AlertEvent.Dissolution);
        // "launches a centre ..., backed by £18 million": a headline that sets a body up with money
        // reports the money too, the more severe of the two, however plainly it names the sum.
        if (part == (int)TextPart.Title && tier == _news && headline == AlertEvent.Formation && _news[part][(int)AlertEvent.Resources] > 0)
            events.Add(AlertEvent.Resources);
        events.Add(headline);
        var strongest = Max(headlineFrom);
        var (news, background) = (_news[part], _background[part]);
        for (var e = Slots - 1; e > 0; e--)
        {
            if ((AlertEvent)e != headline && !events.Contains((AlertEvent)e) && Math.Max(news[e], background[e]) >= IncidentalShare * strongest)
                events.Add((AlertEvent)e);
        }

        return events;
    }

    // The first part with a clear event cue states the news; failing that, the part with the
    // strongest weak one; failing that, the first part with a figure of speech, then with background.
    private (int Part, double[][] Tier) NewsPart()
    {
        var strongest = -1;
        for (var part = 0; part < PartWeights.Length; part++)
        {
            var value = Max(_news[part]);
            if (value >= WeakCue && !IsSceneBeforeTheNews(part))
                return (part, _news);
            if (value > 0 && (strongest < 0 || value > Max(_news[strongest])))
                strongest = part;
        }

        if (strongest >= 0)
            return (strongest, _news);
        var figurative = Array.FindIndex(_figurative, slots => Max(slots) > 0);
        if (figurative >= 0)
            return (figurative, _figurative);
        var withBackground = Array.FindIndex(_background, slots => Max(slots) > 0);
        return (Math.Max(withBackground, 0), _background);
    }

    // A lede that tells someone left or something closed tells the news, whatever the body adds
    // about a safety team; money, hiring and plans set a scene.
    private bool IsSceneBeforeTheNews(int part) =>
        part == (int)TextPart.Lede && !_hasScope[part] && Max(_news[(int)TextPart.Title]) == 0
        && _news[part][(int)AlertEvent.Departure] == 0 && _news[part][(int)AlertEvent.Dissolution] == 0
        && _hasScope[(int)TextPart.Article] && Max(_news[(int)TextPart.Article]) >= WeakCue;

    // "Marrowind reorganises around its cloud business", "cuts costs ahead of funding talks": a
    // headline and lede that name no safety work tell the company's scene; a safety team's end
    // that the body tells as news is the most severe change the item reports, so it leads.
    private bool IsASceneAboveTheBody() =>
        !_hasScope[(int)TextPart.Title] && !_hasScope[(int)TextPart.Lede] && _news[(int)TextPart.Article][(int)AlertEvent.Dissolution] >= WeakCue;

    private static AlertEvent MostSevere(double[] strengths)
    {
        var strongest = Max(strengths);
        for (var e = Slots - 1; e > 0; e--)
        {
            if (strengths[e] > 0 && strengths[e] >= IncidentalShare * strongest)
                return (AlertEvent)e;
        }

        return AlertEvent.None;
    }

    private static double[][] NewParts() => [new double[Slots], new double[Slots], new double[Slots]];

    private static double Max(double[] values) => values.Max();
}
