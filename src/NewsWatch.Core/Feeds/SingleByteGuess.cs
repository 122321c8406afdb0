using System.Text;

namespace NewsWatch.Core.Feeds;

/// <summary>
/// The encoding of unlabelled bytes that are not UTF-8. Usually windows-1252, but Russian
/// feeds are often unlabelled windows-1251 or KOI8-R, whose letters sit in the same high range:
/// long runs of high bytes are words, not accents, and which half holds the (far more
/// common) lower-case letters tells the two code pages apart.
/// </summary>
internal static class SingleByteGuess
{
    private const int MinimumLetters = 8;
    private const int WordLength = 3;

    public static Encoding For(byte[] body)
    {
        int letters = 0, inWords = 0, lowerHalf = 0, run = 0;
        foreach (var b in body)
        {
            if (b >= 0xC0)
            {
                letters++;
                run++;
                lowerHalf += b < 0xE0 ? 1 : 0;
                continue;
            }

            inWords += run >= WordLength ? run : 0;
            run = 0;
        }

        inWords += run >= WordLength ? run : 0;
        if (letters < MinimumLetters || inWords * 2 < letters)
            return Encoding.GetEncoding(1252);
        // KOI8-R puts lower-case letters in C0-DF, windows-1251 in E0-FF.
        return Encoding.GetEncoding(lowerHalf * 2 > letters ? "koi8-r" : "windows-1251");
    }
}
