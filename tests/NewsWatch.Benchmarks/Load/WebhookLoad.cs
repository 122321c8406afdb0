using System.Diagnostics;
using System.Globalization;
using NewsWatch.Core.Alerts;
using NewsWatch.Core.Classification;
using NewsWatch.Core.Pipeline;
using NewsWatch.Core.Storage;
using NewsWatch.Core.Webhooks;

namespace NewsWatch.Benchmarks.Load;

/// <summary>
/// The webhook harness: alerts put through the real outbox to subscriptions on a loopback
/// receiver, then delivery cycles until nothing is due. Checks that every (subscription,
/// alert) arrived at least once, under one webhook-id, and that none was lost.
/// </summary>
internal static class WebhookLoad
{
    // 0.3^21 per delivery: with 21 attempts, losing one of 10,000 to chance is about 1 in 10^7.
    private const int Retries = 20;
    private const int MaxCycles = 60;
    private static readonly TimeSpan RetryWait = TimeSpan.FromSeconds(1);

    public static async Task<int> RunAsync(LoadArguments options, CancellationToken cancellationToken)
    {
        var settings = Enumerable.Range(0, Retries).ToDictionary(
            i => string.Create(CultureInfo.InvariantCulture, $"NewsWatch:Webhooks:RetrySchedule:{i}"),
            _ => (string?)RetryWait.ToString("c", CultureInfo.InvariantCulture));
        await using var receiver = await CountingReceiver.StartAsync(options.Fail, options.Seed);
        await using var host = await LoadHost.StartAsync(settings, cancellationToken);

        var subscribers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < options.Subscriptions; s++)
        {
            var created = await host.Get<Subscriptions>().CreateAsync(new SubscriptionRequest(receiver.UrlFor(s).ToString()), cancellationToken);
            subscribers[created.Subscription.Id] = s;
        }

        var setup = Stopwatch.StartNew();
        await RaiseAlertsAsync(host, options.Alerts, cancellationToken);
        Console.WriteLine($"{options.Alerts} alerts x {options.Subscriptions} subscriptions, receiver failing {options.Fail:P0} at random, {Environment.ProcessorCount} cores");
        Console.WriteLine($"Raised and enqueued in {setup.Elapsed.TotalSeconds:F1} s; load average {ProcessMemory.LoadAverage()}");

        using var requests = new StorageRequests();
        var (elapsed, cycles, attempted, dead) = await DeliverUntilIdleAsync(host, cancellationToken);
        var storageRequests = requests.Count;
        var check = await CheckAsync(host, receiver, subscribers, options, cancellationToken);

        var duplicates = receiver.Accepted.Values.Sum(count => count - 1);
        Console.WriteLine();
        Console.WriteLine($"{"deliveries",10} {"arrived",8} {"lost",5} {"dead",5} {"attempts",8} {"refused",7} {"duplicates",10} {"id changes",10} {"cycles",6} {"seconds",8} {"deliveries/s",12}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{check.Expected,10} {check.Arrived,8} {check.Lost,5} {dead,5} {receiver.Attempts,8} {receiver.Refused,7} {duplicates,10} {check.IdChanges,10} {cycles,6} {elapsed.TotalSeconds,8:F2} {check.Arrived / elapsed.TotalSeconds,12:F0}"));
        Console.WriteLine();
        Console.WriteLine($"Pipeline attempts counted by delivery cycles: {attempted}; storage requests while delivering: {storageRequests}; load average {ProcessMemory.LoadAverage()}; peak working set {ProcessMemory.PeakWorkingSetMb():F0} MB");

        var wanted = options.Alerts * options.Subscriptions;
        var ok = check.Lost == 0 && check.IdChanges == 0 && check.Expected == wanted;
        Console.WriteLine(ok ? "Every delivery arrived, each under one webhook-id." : $"FAILED: expected {wanted} deliveries, {check.Expected} written, {check.Lost} lost, {check.IdChanges} with changed ids.");
        return ok ? 0 : 1;
    }

    private static async Task RaiseAlertsAsync(LoadHost host, int count, CancellationToken cancellationToken)
    {
        var now = host.Time.GetUtcNow();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, count), parallel, async (a, token) =>
        {
            var alert = Departure(now.AddSeconds(-a), a);
            var key = await host.Get<AlertStore>().AddAsync(alert, token);
            await host.Get<Outbox>().EnqueueCreatedAsync(alert, key, token);
        });
    }

    /// <summary>Runs cycles, moving the clock past each retry wait, until one finds nothing due and none left to retry.</summary>
    private static async Task<(TimeSpan Elapsed, int Cycles, int Attempted, int Dead)> DeliverUntilIdleAsync(LoadHost host, CancellationToken cancellationToken)
    {
        var cycle = host.Get<DeliveryCycle>();
        var watch = Stopwatch.StartNew();
        var attempted = 0;
        var dead = 0;
        for (var n = 1; n <= MaxCycles; n++)
        {
            var summary = await cycle.RunAsync(cancellationToken);
            attempted += summary.Attempted;
            dead += summary.Dead;
            if (summary.Attempted == 0)
                return (watch.Elapsed, n, attempted, dead);

            // Retries wait 1 s ± 20%: move the clock instead of sleeping.
            host.Time.Advance(RetryWait * 1.25);
        }

        return (watch.Elapsed, MaxCycles, attempted, dead);
    }

    private static async Task<Check> CheckAsync(LoadHost host, CountingReceiver receiver, Dictionary<string, int> subscribers, LoadArguments options, CancellationToken cancellationToken)
    {
        var expected = 0;
        var arrived = 0;
        foreach (var (id, subscriber) in subscribers)
        {
            foreach (var delivery in await host.Get<DeliveryStore>().ListAsync(id, cancellationToken))
            {
                expected++;
                if (receiver.Accepted.ContainsKey((subscriber, delivery.MessageId)))
                    arrived++;
            }
        }

        var idChanges = receiver.IdsByAlert.Values.Count(ids => ids.Count > 1);
        // Deliveries the store lost would not be expected at all: count against the whole grid too.
        var lost = Math.Max(expected - arrived, (options.Alerts * options.Subscriptions) - arrived);
        return new Check(expected, arrived, lost, idChanges);
    }

    private static Alert Departure(DateTimeOffset createdAt, int n)
    {
        var itemId = string.Create(CultureInfo.InvariantCulture, $"item-{n}");
        var link = new Uri(string.Create(CultureInfo.InvariantCulture, $"https://news.example/departures/{n}"));
        return new Alert(
            Alert.IdFor("feed-load", itemId, createdAt),
            createdAt,
            AlertEvent.Departure,
            [AlertEvent.Departure],
            0.9,
            "en",
            ["OpenAI"],
            ["Jan Leike"],
            ["Superalignment"],
            [new Evidence("resigned", 10, "event", "departure verb (en)")],
            string.Create(CultureInfo.InvariantCulture, $"Alignment lead resigns ({n})"),
            "The head of alignment resigned, citing safety concerns.",
            link,
            [new AlertSource("Wire", link, "en", createdAt, "feed-load", itemId)]);
    }

    private sealed record Check(int Expected, int Arrived, int Lost, int IdChanges);
}
