namespace NewsWatch.Core.Classification.Scoring;

/// <summary>
/// Collects the event cues of one item and decides which event is the news. The title states
/// the news, so its events win over the summary's; a cue marked as background ("after leaving
/// OpenAI") is listed among the events but does not make the headline while another event does.
/// </summary>
internal sealed class EventTally
{
    // A cue in the summary is often background ("...who joined in 2021"); the title states the news.
    private const double SummaryDiscount = 0.85;

    // "joins Anthropic after leaving OpenAI": the departure is context for the arrival.
    private const double BackdropDiscount = 0.4;

    // A title whose only event cue is this weak ("former", "ex-") leaves the news to the summary.
    private const double WeakCue = 0.5;

    // Events weaker than this share of the strongest are incidental wording, not the news.
    private const double IncidentalShare = 0.6;

    private const int Slots = (int)AlertEvent.Dissolution + 1;

    private readonly double[] _title = new double[Slots];
    private readonly double[] _summary = new double[Slots];
    private readonly double[] _titleBackdrop = new double[Slots];
    private readonly double[] _summaryBackdrop = new double[Slots];

    public void Add(AlertEvent kind, double weight, bool inTitle, bool isBackdrop)
    {
        var slots = (inTitle, isBackdrop) switch
        {
            (true, false) => _title,
            (false, false) => _summary,
            (true, true) => _titleBackdrop,
            _ => _summaryBackdrop,
        };
        slots[(int)kind] = Math.Max(slots[(int)kind], weight);
    }

    /// <summary>How strongly the item reports a change, about 0..1.</summary>
    public double Strength => Math.Max(
        Math.Max(Max(_title), SummaryDiscount * Max(_summary)),
        BackdropDiscount * Math.Max(Max(_titleBackdrop), SummaryDiscount * Max(_summaryBackdrop)));

    /// <summary>The headline event first, then the other events of the same part of the text, most severe first.</summary>
    public List<AlertEvent> Events()
    {
        var (news, background) = TitleStatesTheNews() ? (_title, _titleBackdrop) : (_summary, _summaryBackdrop);
        var headlineFrom = Max(news) > 0 ? news : background;
        var events = new List<AlertEvent>();
        var headline = MostSevere(headlineFrom);
        if (headline == AlertEvent.None)
            return events;
        events.Add(headline);
        var strongest = Math.Max(Max(news), Max(background));
        for (var e = Slots - 1; e > 0; e--)
        {
            if ((AlertEvent)e != headline && Math.Max(news[e], background[e]) >= IncidentalShare * strongest)
                events.Add((AlertEvent)e);
        }

        return events;
    }

    // The title states the news unless its only cue is weak ("former", "ex-") or background
    // ("after the latest cuts") and the summary says more.
    private bool TitleStatesTheNews()
    {
        var title = Max(_title);
        if (title > 0)
            return title >= WeakCue || Max(_summary) <= title;
        return Max(_titleBackdrop) > 0 && Max(_summary) == 0;
    }

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

    private static double Max(double[] values) => values.Max();
}
