using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsWatch.Core.Feeds;

/// <summary>The zone part of an RFC 822 date: numeric offsets and the named zones real feeds use.</summary>
internal static partial class TimeZoneOffset
{
    private static readonly Dictionary<string, int> NamedHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0, ["WET"] = 0, ["BST"] = 1, ["CET"] = 1, ["MEZ"] = 1,
        ["CEST"] = 2, ["MESZ"] = 2, ["EET"] = 2, ["EEST"] = 3, ["MSK"] = 3, ["IST"] = 5, ["JST"] = 9,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
        ["AKST"] = -9, ["AKDT"] = -8, ["HST"] = -10, ["AEST"] = 10, ["AEDT"] = 11,
    };

    /// <summary>The offset, zero when no zone is given, or null when the text is not a zone at all.</summary>
    public static TimeSpan? Parse(string zone)
    {
        zone = zone.Trim();
        if (zone.Length == 0)
            return TimeSpan.Zero;
        var numeric = Numeric().Match(zone);
        if (numeric.Success)
        {
            var hours = int.Parse(numeric.Groups["hours"].Value, CultureInfo.InvariantCulture);
            var minutes = numeric.Groups["minutes"].Success ? int.Parse(numeric.Groups["minutes"].Value, CultureInfo.InvariantCulture) : 0;
            var offset = new TimeSpan(hours, minutes, 0);
            return hours <= 14 && minutes < 60 ? (numeric.Groups["sign"].Value == "-" ? -offset : offset) : null;
        }

        var name = zone.Split(' ', '(')[0];
        return NamedHours.TryGetValue(name, out var named) ? TimeSpan.FromHours(named) : null;
    }

    [GeneratedRegex(@"^(?:GMT|UTC)?(?<sign>[+-])(?<hours>\d{2}):?(?<minutes>\d{2})?\b", RegexOptions.NonBacktracking)]
    private static partial Regex Numeric();
}
