using System.Globalization;
using System.Text;

namespace NewsWatch.Core.Classification.Text;

/// <summary>Removes diacritics so that "sûreté", "surete" and "SÛRETÉ" compare equal.</summary>
internal static class AccentFolding
{
    public static string Fold(string lowered)
    {
        if (lowered.All(char.IsAscii))
            return lowered;
        var builder = new StringBuilder(lowered.Length + 2);
        foreach (var c in lowered.Normalize(NormalizationForm.FormD))
        {
            switch (c)
            {
                case 'ß': builder.Append("ss"); break;
                case 'æ': builder.Append("ae"); break;
                case 'œ': builder.Append("oe"); break;
                case 'ø': builder.Append('o'); break;
                case 'ł': builder.Append('l'); break;
                default:
                    if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                        builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
