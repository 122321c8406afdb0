using System.Globalization;
using System.Security;
using System.Text;

namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// Generated RSS 2.0 feeds of everyday news, with a few AI-safety reports among them: every
/// item has its own guid and link, every feed its own ETag. Deterministic for a given size.
/// </summary>
internal static class FeedCorpus
{
    // One item in this many is an AI-safety report the classifier should alert on.
    private const int AlertEvery = 500;

    private static readonly string[] Subjects =
    [
        "City council", "Central bank", "School board", "Football club", "Chipmaker", "Retail chain", "Hospital trust",
        "Weather service", "Airline", "Cloud provider", "Energy regulator", "Museum", "Port authority", "Rail operator",
        "Streaming service", "Carmaker", "Farmers' union", "University", "Telecom group", "Housing association",
    ];

    private static readonly string[] Verbs =
    [
        "approves", "delays", "announces", "cuts", "expands", "reviews", "unveils", "postpones", "defends", "scraps",
        "doubles", "questions", "backs", "freezes", "launches",
    ];

    private static readonly string[] Objects =
    [
        "budget for next year", "new stadium plans", "quarterly results", "winter timetable", "flood defences",
        "price rises", "hiring freeze", "customer chatbot", "data centre expansion", "summer festival",
        "pension reform", "cycle lanes", "merger talks", "recycling scheme", "ticket prices", "chip factory",
    ];

    private static readonly string[] Places = ["Leeds", "Lyon", "Porto", "Utrecht", "Graz", "Bologna", "Seville", "Aarhus", "Cork", "Ghent"];

    private static readonly string[] Sentences =
    [
        "Officials in {0} said the decision followed months of consultation.",
        "Critics in {0} argue the move comes too late and costs too much.",
        "The plan, first reported last spring, affects about {1} people.",
        "Shares rose {1} basis points in early trading after the announcement.",
        "A spokesperson declined to comment on the timing.",
        "Local businesses in {0} welcomed the news but asked for details.",
        "The board will vote again in {1} days.",
        "Analysts expect further changes before the end of the year.",
    ];

    private static readonly (string Title, string Summary)[] AlertReports =
    [
        ("{0}, who led the alignment team at OpenAI, resigns citing rushed launches", "{0} said safety culture had taken a back seat to shipping products. Two colleagues on the superalignment team left the same week."),
        ("Google DeepMind disbands its AI safety team after {0} departs", "The group that studied risks from frontier models is being folded into product teams, {0} told staff."),
        ("Anthropic cuts its AI safety research budget, {0} says", "Funding for the teams evaluating dangerous model capabilities falls by a quarter, according to internal documents seen by reporters."),
    ];

    private static readonly string[] People = ["Jan Leike", "Helen Toner", "Ilya Sutskever", "Rosie Campbell", "Miles Brundage", "Daniel Kokotajlo", "William Saunders"];

    /// <summary>The ETag a feed's server sends, and expects back in If-None-Match.</summary>
    public static string ETagFor(int feed) => string.Create(CultureInfo.InvariantCulture, $"\"feed-{feed}-v1\"");

    /// <summary>The RSS document of feed <paramref name="feed"/>, UTF-8 encoded.</summary>
    public static byte[] Render(int feed, int items, DateTimeOffset now)
    {
        var xml = new StringBuilder(items * 520);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel>")
            .Append(CultureInfo.InvariantCulture, $"<title>Outlet {feed} News</title><link>https://outlet{feed}.example/</link><language>en</language>");
        for (var i = 0; i < items; i++)
        {
            var (title, summary) = Story(feed, i, items);
            var slug = string.Create(CultureInfo.InvariantCulture, $"https://outlet{feed}.example/{2026 - (i % 3)}/{i:D3}-story-{feed}-{i}");
            xml.Append("<item>")
                .Append(CultureInfo.InvariantCulture, $"<guid isPermaLink=\"false\">outlet{feed}-{i}</guid>")
                .Append(CultureInfo.InvariantCulture, $"<title>{SecurityElement.Escape(title)}</title>")
                .Append(CultureInfo.InvariantCulture, $"<description>{SecurityElement.Escape(summary)}</description>")
                .Append(CultureInfo.InvariantCulture, $"<link>{slug}</link>")
                .Append(CultureInfo.InvariantCulture, $"<pubDate>{now.AddMinutes(-(7 * i) - feed).ToString("R", CultureInfo.InvariantCulture)}</pubDate>")
                .Append("</item>");
        }

        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }

    /// <summary>How many generated items are AI-safety reports.</summary>
    public static int AlertReportsIn(int feeds, int items) =>
        Enumerable.Range(0, feeds).Sum(feed => Enumerable.Range(0, items).Count(i => IsAlertReport(feed, i, items)));

    private static bool IsAlertReport(int feed, int item, int items) => ((feed * items) + item) % AlertEvery == 7;

    /// <summary>The title and summary of item <paramref name="item"/> of feed <paramref name="feed"/>.</summary>
    public static (string Title, string Summary) Story(int feed, int item, int items)
    {
        var n = (feed * items) + item;
        if (IsAlertReport(feed, item, items))
        {
            var report = AlertReports[n / AlertEvery % AlertReports.Length];
            var person = People[n / AlertEvery % People.Length];
            return (string.Format(CultureInfo.InvariantCulture, report.Title, person), string.Format(CultureInfo.InvariantCulture, report.Summary, person));
        }

        var place = Places[(n / 7) % Places.Length];
        var title = $"{place}: {Subjects[n % Subjects.Length]} {Verbs[(n / 3) % Verbs.Length]} {Objects[(n / 11) % Objects.Length]}";
        var count = 1 + (n % 3);
        var summary = string.Join(' ', Enumerable.Range(0, count).Select(s =>
            string.Format(CultureInfo.InvariantCulture, Sentences[(n + (s * 5)) % Sentences.Length], place, 10 + (n % 990))));
        return (title, summary);
    }
}
