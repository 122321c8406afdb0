using System.Text;
using System.Xml;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// A streaming copy of a document up to the point where it stops being XML, with every element
/// still open there closed. It reads and writes each node once, so it is linear in the input.
/// </summary>
internal sealed record SalvageCopy(string Text, string? BrokeOff, bool BrokeInsideItem)
{
    public static SalvageCopy Of(string text, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        var open = new Stack<string>();
        string? brokeOff = null;
        var brokeInsideItem = false;
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { OmitXmlDeclaration = true, CheckCharacters = false }))
        using (var reader = XmlReader.Create(new CancellableStringReader(text, cancellationToken), SafeXml.Settings(checkCharacters: false)))
        {
            try
            {
                while (reader.Read())
                    CopyNode(reader, writer, open);
            }
            catch (XmlException ex)
            {
                // Expected: this is the point where the document broke off.
                brokeOff = ex.Message;
                brokeInsideItem = open.Any(FeedItems.IsItemName);
            }

            if (writer.WriteState is not (WriteState.Start or WriteState.Prolog))
                writer.WriteEndDocument();
        }

        return new SalvageCopy(output.ToString(), brokeOff, brokeInsideItem);
    }

    private static void CopyNode(XmlReader reader, XmlWriter writer, Stack<string> open)
    {
        switch (reader.NodeType)
        {
            case XmlNodeType.Element:
                var isEmpty = reader.IsEmptyElement;
                writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                writer.WriteAttributes(reader, defattr: false);
                if (isEmpty)
                    writer.WriteEndElement();
                else
                    open.Push(reader.LocalName);
                break;
            case XmlNodeType.EndElement:
                writer.WriteFullEndElement();
                open.Pop();
                break;
            case XmlNodeType.Text or XmlNodeType.SignificantWhitespace:
                writer.WriteString(reader.Value);
                break;
            case XmlNodeType.CDATA:
                writer.WriteCData(reader.Value);
                break;
        }
    }
}
