using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>What <see cref="XmlRepair"/> made of a text: a well-formed document, or why there is none.</summary>
internal sealed record RepairedXml(XDocument? Document, string? Error)
{
    /// <summary>Where the text broke off (the parser's complaint, with line and position) when only the part before it could be kept.</summary>
    public string? BrokeOff { get; init; }

    /// <summary>True when the break came inside an item, which was dropped rather than read half.</summary>
    public bool DroppedPartialItem { get; init; }
}
