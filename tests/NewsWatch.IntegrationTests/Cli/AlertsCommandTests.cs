using System.Text.Json;
using NewsWatch.Core.Classification;
using NewsWatch.IntegrationTests.Support;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class AlertsCommandTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Alerts_ListsNewestFirst_WithEventScoreTitleOutletsLinkAndReasons()
    {
        await using var host = TestHost.Create(azurite);
        var older = await Seed.AlertAsync(host, "Safety lead resigns", TimeSpan.FromHours(3), outlets: ["Wire", "Le Monde"]);
        await Seed.AlertAsync(host, "Alignment team dissolved", TimeSpan.FromHours(1), AlertEvent.Dissolution);

        var run = await CliRun.InvokeAsync(host, "alerts");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Errors);
        Assert.EndsWith("dissolution  0.87  Alignment team dissolved", run.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith("departure  0.87  Safety lead resigns", run.Lines[3], StringComparison.Ordinal);
        Assert.Equal($"2 sources: Wire, Le Monde  {older.Link!.AbsoluteUri}", run.Lines[4]);
        Assert.Equal("why: departure verb (en); safety team named", run.Lines[5]);
    }

    [Fact]
    public async Task Alerts_ByDefault_ShowsTheLastSevenDays_AndSinceReachesFurther()
    {
        await using var host = TestHost.Create(azurite);
        await Seed.AlertAsync(host, "Last week's news", TimeSpan.FromDays(10));
        await Seed.AlertAsync(host, "Today's news", TimeSpan.FromHours(1));

        var recent = await CliRun.InvokeAsync(host, "alerts");
        var wider = await CliRun.InvokeAsync(host, "alerts", "--since", "14d");
        var dated = await CliRun.InvokeAsync(host, "alerts", "--since", DateTimeOffset.UtcNow.AddDays(-11).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "--until", "2d");

        Assert.DoesNotContain(recent.Lines, line => line.EndsWith("Last week's news", StringComparison.Ordinal));
        Assert.Contains(recent.Lines, line => line.EndsWith("Today's news", StringComparison.Ordinal));
        Assert.Contains(wider.Lines, line => line.EndsWith("Last week's news", StringComparison.Ordinal));
        Assert.Contains(dated.Lines, line => line.EndsWith("Last week's news", StringComparison.Ordinal));
        Assert.DoesNotContain(dated.Lines, line => line.EndsWith("Today's news", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Alerts_FilteredByEventAndLanguage_ShowsOnlyTheMatchingOnes()
    {
        await using var host = TestHost.Create(azurite);
        await Seed.AlertAsync(host, "Safety lead resigns", TimeSpan.FromHours(3));
        await Seed.AlertAsync(host, "Départ de la responsable", TimeSpan.FromHours(2), AlertEvent.Departure, "fr");
        await Seed.AlertAsync(host, "Équipe dissoute", TimeSpan.FromHours(1), AlertEvent.Dissolution, "fr");

        var departures = await CliRun.InvokeAsync(host, "alerts", "--event", "departure", "--json");
        var french = await CliRun.InvokeAsync(host, "alerts", "--lang", "fr", "--json");
        var both = await CliRun.InvokeAsync(host, "alerts", "--event", "Departure", "--lang", "fr-FR", "--json");

        Assert.Equal(["Départ de la responsable", "Safety lead resigns"], Titles(departures));
        Assert.Equal(["Équipe dissoute", "Départ de la responsable"], Titles(french));
        Assert.Equal(["Départ de la responsable"], Titles(both));
    }

    [Fact]
    public async Task AlertsJson_PrintsEachAlertWithItsEvidenceAndSources()
    {
        await using var host = TestHost.Create(azurite);
        var alert = await Seed.AlertAsync(host, "Safety lead resigns", TimeSpan.FromHours(1), outlets: ["Wire", "Le Monde"]);

        var run = await CliRun.InvokeAsync(host, "alerts", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var printed = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal(alert.Id, printed.GetProperty("id").GetString());
        Assert.Equal("departure", printed.GetProperty("event").GetString());
        Assert.Equal(0.87, printed.GetProperty("score").GetDouble());
        Assert.Equal("departure verb (en)", printed.GetProperty("evidence")[0].GetProperty("reason").GetString());
        Assert.Equal(["Wire", "Le Monde"], printed.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("outlet").GetString()));
    }

    [Fact]
    public async Task Alerts_WithALimit_ShowsTheNewestAndSaysMoreMayMatch()
    {
        await using var host = TestHost.Create(azurite);
        await Seed.AlertAsync(host, "First", TimeSpan.FromHours(3));
        await Seed.AlertAsync(host, "Second", TimeSpan.FromHours(2));

        var run = await CliRun.InvokeAsync(host, "alerts", "--limit", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("Second", run.Lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(run.Lines, line => line.EndsWith("First", StringComparison.Ordinal));
        Assert.StartsWith("Showing the newest 1;", run.Lines[^2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Alerts_WithNoneInRange_SaysSo()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "alerts");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("No alerts in that range.", run.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Old news raises no alert: items first seen more than 14 days after", run.Lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--since", "yesterday", "--since expects an ISO date or time")]
    [InlineData("--until", "3x", "--until expects an ISO date or time")]
    [InlineData("--event", "promotion", "--event: unknown event 'promotion'")]
    [InlineData("--lang", "english", "--lang expects an ISO 639-1 code")]
    [InlineData("--limit", "0", "--limit must be between 1 and 1000")]
    public async Task Alerts_WithAnInvalidOption_NamesItAndExitsTwo(string option, string value, string message)
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "alerts", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("newswatch: " + message, run.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Alerts_WithSinceAfterUntil_ExitsTwo()
    {
        await using var host = TestHost.Create(azurite);

        var run = await CliRun.InvokeAsync(host, "alerts", "--since", "1d", "--until", "2d");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("newswatch: --since must be before --until.", run.ErrorLines.Single());
    }

    private static List<string?> Titles(CliRun run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        return [.. json.RootElement.EnumerateArray().Select(alert => alert.GetProperty("title").GetString())];
    }
}
