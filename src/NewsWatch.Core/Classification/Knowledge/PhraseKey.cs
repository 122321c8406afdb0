namespace NewsWatch.Core.Classification.Knowledge;

/// <summary>How one word of a lexicon phrase is compared with a word of the text.</summary>
internal enum PhraseKeyKind
{
    /// <summary>Equal Snowball stems: "resigns", "resigned" and "resigning" all match "resign".</summary>
    Stem,

    /// <summary>Equal folded surface forms: names and loanwords that a stemmer would mangle.</summary>
    Surface,

    /// <summary>The surface starts with the key, written "sicherheits*": German compounds.</summary>
    Prefix,

    /// <summary>Any one word, written "_": "shows _ the door".</summary>
    Any,

    /// <summary>
    /// Up to <see cref="PhraseKey.MaxGap"/> words, written "...": separable verbs such as
    /// German "löst ... auf" and Dutch "heft ... op".
    /// </summary>
    Gap,

    /// <summary>A year from 1900 to 2099 written in digits, written "{year}": "in {year}", "il y a _ ans".</summary>
    Year,

    /// <summary>A count written in digits, written "{number}": "contratar {number} pesquisadores".</summary>
    Number,
}

/// <summary>One word of a lexicon phrase.</summary>
internal readonly record struct PhraseKey(string Text, PhraseKeyKind Kind)
{
    /// <summary>Enough for "löst sein gesamtes Responsible-AI-Team auf"; longer spans join unrelated words.</summary>
    public const int MaxGap = 6;

    public static bool IsYear(string word) => word.Length == 4 && word.All(char.IsAsciiDigit)
        && (word.StartsWith("19", StringComparison.Ordinal) || word.StartsWith("20", StringComparison.Ordinal));

    public bool Matches(Text.TokenForms forms) => Kind switch
    {
        PhraseKeyKind.Stem => forms.Stem == Text,
        PhraseKeyKind.Surface => forms.Surface == Text,
        PhraseKeyKind.Prefix => forms.Surface.StartsWith(Text, StringComparison.Ordinal),
        PhraseKeyKind.Year => IsYear(forms.Surface),
        PhraseKeyKind.Number => forms.Surface.Length <= 6 && forms.Surface.All(char.IsAsciiDigit),
        _ => true,
    };
}
