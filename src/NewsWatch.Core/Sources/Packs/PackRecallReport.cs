namespace NewsWatch.Core.Sources.Packs;

/// <summary>A pack's recall per language and in total, with the positives no query found, for tuning.</summary>
public sealed record PackRecallReport(IReadOnlyList<PackRecallRow> Languages, PackRecallRow Total, IReadOnlyList<string> MissedPositiveIds)
{
    public PackRecallRow? For(string lang) => Languages.FirstOrDefault(r => string.Equals(r.Lang, lang, StringComparison.Ordinal));
}
