using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NewsWatch.Core.Alerts;

namespace NewsWatch.Functions.Functions.Alerts;

/// <summary>Writes alerts as an Atom 1.0 feed (RFC 4287), one entry per alert, for any feed reader.</summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <param name="self">The feed's own address, as the reader asked for it.</param>
    /// <param name="now">The feed's updated time when there is no alert yet.</param>
    public static string Write(IReadOnlyList<Alert> alerts, Uri self, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(self);
        var feed = new XElement(
            Atom + "feed",
            new XElement(Atom + "id", "urn:newswatch:alerts"),
            new XElement(Atom + "title", "NewsWatch alerts"),
            new XElement(Atom + "subtitle", "Changes to AI-safety teams, people and resources, as NewsWatch detected them."),
            new XElement(Atom + "updated", Time(alerts.Count > 0 ? alerts.Max(a => a.CreatedAt) : now)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("type", MediaType), new XAttribute("href", self.AbsoluteUri)),
            new XElement(Atom + "author", new XElement(Atom + "name", "NewsWatch")),
            new XElement(Atom + "generator", "NewsWatch"),
            alerts.Select(alert => Entry(alert, self)));
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var text = new Utf8StringWriter();
        using (var writer = XmlWriter.Create(text, settings))
            new XDocument(new XDeclaration("1.0", "utf-8", null), feed).Save(writer);
        return text.ToString();
    }

    private static XElement Entry(Alert alert, Uri self) => new(
        Atom + "entry",
        new XElement(Atom + "id", "urn:newswatch:alert:" + alert.Id),
        new XElement(Atom + "title", alert.Title),
        new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("href", (alert.Link ?? new Uri(self, "/api/alerts/" + alert.Id)).AbsoluteUri)),
        new XElement(Atom + "updated", Time(alert.CreatedAt)),
        new XElement(Atom + "published", Time(alert.Sources.Count > 0 ? alert.Sources.Min(s => s.Published) : alert.CreatedAt)),
        alert.Orgs.Select(org => new XElement(Atom + "category", new XAttribute("term", org))),
        new XElement(Atom + "category", new XAttribute("term", alert.Event.ToString().ToLowerInvariant()), new XAttribute("label", "event")),
        new XElement(Atom + "summary", new XAttribute("type", "text"), Summary(alert)));

    /// <summary>What a reader shows under the title: the event, the score, who is named, and the text that made it fire.</summary>
    private static string Summary(Alert alert)
    {
        var summary = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"Event: {alert.Event.ToString().ToLowerInvariant()} (score {alert.Score:0.00}, {alert.Language})");
        AppendList(summary, "Organisations", alert.Orgs);
        AppendList(summary, "People", alert.People);
        AppendList(summary, "Teams", alert.Teams);
        AppendList(summary, "Evidence", [.. alert.Evidence.Select(e => $"\"{e.Text}\" ({e.Kind}: {e.Reason})")]);
        AppendList(summary, "Sources", [.. alert.Sources.Select(s => s.Outlet)]);
        if (!string.IsNullOrWhiteSpace(alert.Summary))
            summary.Append("\n\n").Append(alert.Summary);
        return summary.ToString();
    }

    private static void AppendList(StringBuilder summary, string label, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
            summary.Append('\n').Append(label).Append(": ").AppendJoin(", ", values);
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override Encoding Encoding => new UTF8Encoding(false);
    }
}
