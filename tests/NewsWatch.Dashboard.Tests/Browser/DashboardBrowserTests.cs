using System.Text.Json;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Dashboard.Tests.Browser;

/// <summary>What a user sees of the dashboard in a real headless Chromium, over data the real pipeline stored.</summary>
public sealed class DashboardBrowserTests(DashboardSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Timeline_ShowsAStoryReportedInTwoLanguages_Once_WithBothLanguages()
    {
        var seen = await RunAsync("timeline");

        var cards = seen.GetProperty("cards").EnumerateArray().ToList();
        var story = Assert.Single(cards, card => card.GetProperty("id").GetString() == site.Dissolution.Id);
        Assert.Equal(2, cards.Count);
        Assert.Contains("dissolution", story.GetProperty("badge").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("fr", story.GetProperty("languages").GetString(), StringComparison.Ordinal);
        Assert.Contains("en", story.GetProperty("languages").GetString(), StringComparison.Ordinal);
        Assert.Contains(story.GetProperty("chips").EnumerateArray(), chip => chip.GetString()!.Contains("Maren Okafor", StringComparison.Ordinal));
        AssertNoPageErrors(seen);
    }

    [Fact]
    public async Task Story_HighlightsTheEvidenceOfEveryReport_InItsOwnLanguage()
    {
        var seen = await RunAsync("story", new { alertId = site.Dissolution.Id });

        var reports = seen.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(["fr", "en"], reports.Select(r => r.GetProperty("lang").GetString()).Order(StringComparer.Ordinal).Reverse());
        Assert.All(reports, report =>
        {
            var marks = report.GetProperty("marks").EnumerateArray().ToList();
            Assert.NotEmpty(marks);
            Assert.Contains(marks, mark => mark.GetProperty("kinds").EnumerateArray().Any(kind => kind.GetString() == "event"));
            // Each report is shown whole, headline and summary, not only the first.
            Assert.Contains("\n", report.GetProperty("text").GetString()!, StringComparison.Ordinal);
            // A highlighted span is text of the report itself.
            Assert.All(marks, mark => Assert.Contains(mark.GetProperty("text").GetString()!, report.GetProperty("text").GetString()!, StringComparison.Ordinal));
        });
        var marked = reports.SelectMany(r => r.GetProperty("marks").EnumerateArray()).Select(m => m.GetProperty("text").GetString()).ToList();
        Assert.Contains("dissout", marked);
        Assert.Contains("disbands", marked);
        Assert.NotEmpty(seen.GetProperty("growth").EnumerateArray());
        // One notice to each subscription: the one that took it, and the refused one (dead, or pending again once replayed).
        var states = seen.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("state").GetString()).ToList();
        Assert.Equal(2, states.Count);
        Assert.Contains("delivered", states);
        Assert.Contains(states, state => state is "dead" or "pending");
        AssertNoPageErrors(seen);
    }

    [Fact]
    public async Task Filters_ChangeTheListAndTheAddress_AndTheAddressReopensTheSameView()
    {
        var seen = await RunAsync("filters", new { @event = "formation", lang = "de" });

        Assert.Equal(2, seen.GetProperty("before").GetArrayLength());
        Assert.Equal([site.Formation.Id], seen.GetProperty("cards").EnumerateArray().Select(c => c.GetString()));
        var address = seen.GetProperty("url").GetString()!;
        Assert.Contains("event=formation", address, StringComparison.Ordinal);
        Assert.Contains("lang=de", address, StringComparison.Ordinal);
        Assert.DoesNotContain("key=", address, StringComparison.Ordinal);
        Assert.Equal([site.Formation.Id], seen.GetProperty("reloadedCards").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("formation", seen.GetProperty("reloadedEventValue").GetString());
        Assert.Equal("de", seen.GetProperty("reloadedLangValue").GetString());
        AssertNoPageErrors(seen);
    }

    [Fact]
    public async Task Replay_PutsTheDeadDeliveryBackInTheQueue()
    {
        var seen = await RunAsync("replay", new { subscriptionId = site.Refused.Id });

        Assert.Contains("dead", seen.GetProperty("before").EnumerateArray().Select(s => s.GetString()));
        Assert.DoesNotContain("dead", seen.GetProperty("after").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("pending", seen.GetProperty("after").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("1", seen.GetProperty("status").GetString(), StringComparison.Ordinal);
        var stored = await site.Host.Get<DeliveryStore>().ListAsync(site.Refused.Id, Ct);
        Assert.All(stored, delivery => Assert.Equal(DeliveryState.Pending, delivery.State));
        AssertNoPageErrors(seen);
    }

    [Fact]
    public async Task AReader_SeesTheTimeline_AndIsRefusedTheAdminViews()
    {
        var seen = await RunAsync("reader");

        Assert.True(seen.GetProperty("subscriptions").GetProperty("refused").GetBoolean(), "a reader must be refused the subscriptions view");
        Assert.True(seen.GetProperty("classify").GetProperty("refused").GetBoolean(), "a reader must be refused the classify view");
        var links = seen.GetProperty("navLinks").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.DoesNotContain(links, link => link.Contains("Subscriptions", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(2, seen.GetProperty("timelineCards").GetInt32());
        // The feeds' health is a reader's too, without the admin's controls.
        Assert.Equal(4, seen.GetProperty("feeds").GetProperty("rows").GetInt32());
        Assert.False(seen.GetProperty("feeds").GetProperty("adminControls").GetBoolean(), "a reader must not be offered the feeds' admin controls");
        AssertNoPageErrors(seen);
    }

    [Fact]
    public async Task Classify_ShowsTheEventAndHighlightsItsEvidence()
    {
        var seen = await RunAsync("classify", new { title = "Corvid Labs dissolves its safety evaluation team", lang = "en" });

        Assert.Contains("dissolution", seen.GetProperty("badge").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains(seen.GetProperty("marks").EnumerateArray(), mark => mark.GetProperty("text").GetString() == "dissolves");
        AssertNoPageErrors(seen);
    }

    [Fact]
    public async Task EveryView_InLightDarkAndPhone_HasNoSeriousOrCriticalAccessibilityViolation()
    {
        var seen = await RunAsync("axe");

        var views = seen.GetProperty("views").EnumerateArray().ToList();
        Assert.True(views.Count >= 7, $"axe ran on {views.Count} views");
        var serious = views
            .SelectMany(view => view.GetProperty("violations").EnumerateArray().Select(v => (View: view.GetProperty("view").GetString(), Id: v.GetProperty("id").GetString(), Impact: v.GetProperty("impact").GetString())))
            .Where(v => v.Impact is "serious" or "critical")
            .ToList();
        Assert.True(serious.Count == 0, "axe-core found: " + string.Join("; ", serious.Select(v => $"{v.View}: {v.Id} ({v.Impact})")));
        var phone = views.Where(view => view.GetProperty("viewport").GetString() == "phone").ToList();
        Assert.NotEmpty(phone);
        Assert.All(phone, view => Assert.False(view.GetProperty("overflowX").GetBoolean(), $"{view.GetProperty("view")} scrolls sideways on a phone"));
    }

    [Fact]
    public async Task Screenshots_OfEveryView_AreWrittenToTheDocs()
    {
        var folder = Path.Combine(DashboardAssetsTests.RepositoryRoot(), "docs", "screenshots");
        Directory.CreateDirectory(folder);

        var seen = await RunAsync("screenshots", new { screenshots = folder });

        var files = seen.GetProperty("files").EnumerateArray().Select(f => Path.GetFileName(f.GetString()!)).ToList();
        Assert.Superset(new HashSet<string>(["timeline.png", "story.png", "feeds.png", "subscriptions.png", "classify.png", "timeline-dark.png", "timeline-phone.png"]), files.ToHashSet());
        Assert.All(files, file => Assert.True(new FileInfo(Path.Combine(folder, file)).Length > 10_000, $"{file} is too small to be a page"));
    }

    private Task<JsonElement> RunAsync(string scenario, object? extra = null)
    {
        var arguments = new Dictionary<string, object?>
        {
            ["baseUrl"] = site.Server.Dashboard.AbsoluteUri,
            ["adminKey"] = DashboardSite.AdminKey,
            ["readerKey"] = DashboardSite.ReaderKey,
            ["screenshots"] = null,
        };
        if (extra is not null)
        {
            foreach (var property in JsonSerializer.SerializeToElement(extra).EnumerateObject())
                arguments[property.Name] = property.Value;
        }

        return Chromium.RunAsync(scenario, arguments, Ct);
    }

    private static void AssertNoPageErrors(JsonElement seen)
    {
        if (seen.TryGetProperty("errors", out var errors))
            Assert.True(errors.GetArrayLength() == 0, "the page reported errors: " + errors);
    }
}
