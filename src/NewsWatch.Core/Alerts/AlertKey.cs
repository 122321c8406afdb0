namespace NewsWatch.Core.Alerts;

/// <summary>Where an alert's row is: enough to read it back with one point read.</summary>
/// <param name="Partition">The month partition.</param>
/// <param name="Row">The alert id (the store escapes it into the row key).</param>
public sealed record AlertKey(string Partition, string Row)
{
    /// <summary>The key an alert id names (see <see cref="Alert.IdFor"/>), or null for text that is no alert id.</summary>
    public static AlertKey? Of(string alertId)
    {
        ArgumentNullException.ThrowIfNull(alertId);
        if (alertId.Length < 21 || alertId[19] != '-' || !long.TryParse(alertId.AsSpan(0, 19), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var inverted))
            return null;
        var ticks = DateTimeOffset.MaxValue.UtcTicks - inverted;
        if (ticks < 0)
            return null;
        return new AlertKey(Storage.TableKey.Month(new DateTimeOffset(ticks, TimeSpan.Zero)), alertId);
    }
}
