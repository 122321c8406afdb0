using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>The elements that hold one news item in RSS (0.9x, 1.0, 2.0) and Atom.</summary>
internal static class FeedItems
{
    public static bool IsItemName(string localName) => localName is "item" or "entry";

    public static bool IsItem(XElement element) => IsItemName(element.Name.LocalName);

    /// <summary>How many item elements the document holds, to tell an empty feed from one whose items could not be read.</summary>
    public static int Count(XDocument document) => document.Descendants().Count(IsItem);
}
