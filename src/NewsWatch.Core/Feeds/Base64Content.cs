using System.Text;
using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>Atom 0.3 allowed summary and content in mode="base64"; left encoded, they read as gibberish.</summary>
internal static class Base64Content
{
    public static string? Decode(XElement? entry)
    {
        var encoded = entry?.Elements()
            .Where(e => e.Name.LocalName is "summary" or "content")
            .FirstOrDefault(e => string.Equals((string?)e.Attribute("mode"), "base64", StringComparison.OrdinalIgnoreCase));
        if (encoded is null)
            return null;
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded.Value.Trim()));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
