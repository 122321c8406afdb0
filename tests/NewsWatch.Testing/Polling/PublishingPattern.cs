namespace NewsWatch.Testing.Polling;

/// <summary>How a simulated feed publishes: the moments of its posts over a span, drawn from a seeded random source.</summary>
public sealed record PublishingPattern(string Name, Func<Random, DateTimeOffset, DateTimeOffset, IEnumerable<DateTimeOffset>> Posts)
{
    /// <summary>About every hour, day and night, a few minutes either way.</summary>
    public static PublishingPattern Hourly { get; } = new("hourly", (random, from, to) => Every(TimeSpan.FromHours(1), TimeSpan.FromMinutes(10), random, from, to));

    /// <summary>A newsroom: about ten posts a day, in working hours only (08:00 to 19:00).</summary>
    public static PublishingPattern Newsroom { get; } = new("newsroom", (random, from, to) =>
        Every(TimeSpan.FromMinutes(66), TimeSpan.FromMinutes(30), random, from, to).Where(at => at.Hour is >= 8 and < 19));

    /// <summary>Once a day, at any hour.</summary>
    public static PublishingPattern Daily { get; } = new("daily", (random, from, to) => OncePer(TimeSpan.FromDays(1), random, from, to));

    /// <summary>Once a week.</summary>
    public static PublishingPattern Weekly { get; } = new("weekly", (random, from, to) => OncePer(TimeSpan.FromDays(7), random, from, to));

    /// <summary>Silent for most of the day, then a burst of five to ten posts within half an hour, once or twice a day.</summary>
    public static PublishingPattern Bursty { get; } = new("bursty", Bursts);

    public static IReadOnlyList<PublishingPattern> All { get; } = [Hourly, Newsroom, Daily, Weekly, Bursty];

    /// <summary>Whether the pattern posts at least once a day: the feeds whose news must be heard within minutes.</summary>
    public bool PostsDaily => this != Weekly;

    private static IEnumerable<DateTimeOffset> Every(TimeSpan gap, TimeSpan jitter, Random random, DateTimeOffset from, DateTimeOffset to)
    {
        for (var at = from; at < to; at += gap)
            yield return at + (jitter * ((random.NextDouble() * 2) - 1));
    }

    private static IEnumerable<DateTimeOffset> OncePer(TimeSpan period, Random random, DateTimeOffset from, DateTimeOffset to)
    {
        for (var start = from; start < to; start += period)
            yield return start + (period * random.NextDouble());
    }

    private static IEnumerable<DateTimeOffset> Bursts(Random random, DateTimeOffset from, DateTimeOffset to)
    {
        for (var day = from; day < to; day += TimeSpan.FromDays(1))
        {
            for (var burst = 0; burst < random.Next(1, 3); burst++)
            {
                var start = day + (TimeSpan.FromDays(1) * random.NextDouble());
                for (var post = 0; post < random.Next(5, 11); post++)
                    yield return start + (TimeSpan.FromMinutes(30) * random.NextDouble());
            }
        }
    }
}
