using System.Globalization;
using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// The least interval between polls a feed asks for itself: RSS 2.0's &lt;ttl&gt; (minutes) and
/// the Syndication module's &lt;sy:updatePeriod&gt; divided by &lt;sy:updateFrequency&gt;. The
/// longer one wins, since either is the publisher saying "no sooner".
/// </summary>
public static class UpdateHint
{
    private static readonly XNamespace Syndication = "http://purl.org/rss/1.0/modules/syndication/";

    // Beyond a year a hint is a typo, not a wish; the poller bounds it much lower anyway.
    private const int MaxMinutes = 366 * 24 * 60;
    private const int MaxFrequency = 10_000;

    /// <summary>The hint the feed's channel (RSS) or root (Atom, RSS 1.0) carries, if any.</summary>
    public static TimeSpan? From(XElement root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var holders = root.Elements().Where(e => e.Name.LocalName == "channel").Prepend(root).ToList();
        var ttl = holders.Select(h => Minutes(h.Elements().FirstOrDefault(e => e.Name.LocalName == "ttl")?.Value)).Max();
        var syndication = holders.Select(Syndicated).Max();
        return ttl > syndication ? ttl : syndication ?? ttl;
    }

    private static TimeSpan? Syndicated(XElement holder)
    {
        if (Period(holder.Element(Syndication + "updatePeriod")?.Value) is not { } period)
            return null;
        var frequency = int.TryParse(holder.Element(Syndication + "updateFrequency")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var times)
            && times is > 0 and <= MaxFrequency ? times : 1;
        return period / frequency;
    }

    private static TimeSpan? Period(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "hourly" => TimeSpan.FromHours(1),
        "daily" => TimeSpan.FromDays(1),
        "weekly" => TimeSpan.FromDays(7),
        "monthly" => TimeSpan.FromDays(30),
        "yearly" => TimeSpan.FromDays(365),
        _ => null,
    };

    private static TimeSpan? Minutes(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes is > 0 and <= MaxMinutes
            ? TimeSpan.FromMinutes(minutes)
            : null;
}
