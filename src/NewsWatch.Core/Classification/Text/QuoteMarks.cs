using System.Buffers;

namespace NewsWatch.Core.Classification.Text;

/// <summary>The quotation marks of the seven languages, straight and typographic.</summary>
internal static class QuoteMarks
{
    public static readonly SearchValues<char> All = SearchValues.Create("«»\"“”„'‘’");
}
