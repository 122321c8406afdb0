using System.Globalization;
using System.Text;

namespace NewsWatch.Core.Storage;

/// <summary>
/// Makes any text safe as a PartitionKey or RowKey. Table Storage forbids '/', '\', '#', '?'
/// and the control characters (U+0000-U+001F, U+007F-U+009F) in keys, and OData quotes '\''
/// in filters; each is escaped as '%XX', and '%' itself too, so that keys stay readable and
/// two different texts never share a key.
/// </summary>
public static class TableKey
{
    public static string Encode(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(NeedsEscape))
            return value;

        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            // Every escaped character is below U+0100, so two hex digits always suffice.
            if (NeedsEscape(c))
                builder.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            else
                builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The text a key was encoded from: what the id read back from a row must be compared as.</summary>
    public static string Decode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains('%', StringComparison.Ordinal))
            return key;

        var builder = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] == '%' && i + 2 < key.Length && IsEscape(key.AsSpan(i + 1, 2), out var c))
            {
                builder.Append(c);
                i += 2;
            }
            else
            {
                builder.Append(key[i]);
            }
        }

        return builder.ToString();
    }

    /// <summary>A RowKey prefix that sorts the newest time first.</summary>
    public static string NewestFirst(DateTimeOffset time) =>
        (DateTimeOffset.MaxValue.UtcTicks - time.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>The partition of time-keyed tables: one per calendar month.</summary>
    public static string Month(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMM", CultureInfo.InvariantCulture);

    private static bool NeedsEscape(char c) => c is '/' or '\\' or '#' or '?' or '%' or '\'' || char.IsControl(c);

    // Only what Encode writes is an escape: anything else stays as it is.
    private static bool IsEscape(ReadOnlySpan<char> hex, out char c)
    {
        var parsed = int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code);
        c = (char)code;
        return parsed && NeedsEscape(c);
    }
}
