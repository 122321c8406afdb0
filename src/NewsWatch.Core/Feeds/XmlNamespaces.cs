using System.Xml.Linq;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// Rewrites namespace usage that is valid XML but trips feed parsers that look prefixes up on
/// the root element: declarations made deeper down (Wiley's RSS 1.0) and Atom written with a
/// prefix (<c>&lt;a:feed&gt;</c>) instead of the default namespace.
/// </summary>
internal static class XmlNamespaces
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Rewrites the document in place where it needs it.</summary>
    public static void Normalise(XDocument document)
    {
        if (document.Root is not { } root)
            return;
        HoistPrefixes(root);
        DropAtomPrefix(root);
    }

    /// <summary>
    /// Copies nested declarations (the first one of each prefix, and of the default namespace)
    /// onto the root. Names are already resolved, so this changes how the document is written,
    /// not what it means: LINQ to XML adds xmlns="" wherever an element needs it.
    /// </summary>
    private static bool HoistPrefixes(XElement root)
    {
        var declaredOnRoot = root.Attributes().Where(a => a.IsNamespaceDeclaration).Select(a => a.Name).ToHashSet();
        var nested = root.Descendants().SelectMany(e => e.Attributes())
            .Where(a => a.IsNamespaceDeclaration && !declaredOnRoot.Contains(a.Name))
            .GroupBy(a => a.Name)
            .Select(g => g.First())
            .ToList();
        foreach (var declaration in nested)
            root.SetAttributeValue(declaration.Name, declaration.Value);
        return nested.Count > 0;
    }

    private static bool DropAtomPrefix(XElement root)
    {
        if (root.Name.Namespace != Atom || root.GetPrefixOfNamespace(Atom) is null)
            return false;
        foreach (var element in root.DescendantsAndSelf())
            element.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == Atom.NamespaceName).Remove();
        root.SetAttributeValue("xmlns", Atom.NamespaceName);
        return true;
    }
}
