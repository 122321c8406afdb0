using System.CommandLine;
using System.Diagnostics.CodeAnalysis;
using NewsWatch.Core.Classification;
using LanguageCode = NewsWatch.Core.Feeds.LanguageCode;

namespace NewsWatch.Cli.Commands.Alerts;

/// <summary>The options that choose alerts, and their checking: every mistake is a message, never an exception.</summary>
internal sealed class AlertFilterOptions
{
    public const int DefaultDays = 7;
    public const int DefaultLimit = 50;
    public const int MaxLimit = 1000;

    private readonly Option<string?> since = new("--since") { Description = $"Only alerts raised since this time (default {DefaultDays}d): {PointInTime.Formats}." };
    private readonly Option<string?> until = new("--until") { Description = $"Only alerts raised before this time (default now): {PointInTime.Formats}." };
    private readonly Option<string?> alertEvent = new("--event") { Description = "Only alerts of this event: arrival, formation, resources, restructuring, departure or dissolution." };
    private readonly Option<string?> org = new("--org") { Description = "Only alerts naming this organisation (e.g. OpenAI), in any case." };
    private readonly Option<string?> language = new("--lang") { Description = "Only alerts in this language, an ISO 639-1 code such as en or fr." };
    private readonly Option<int> limit = new("--limit") { Description = $"Show at most this many alerts, 1 to {MaxLimit}.", DefaultValueFactory = _ => DefaultLimit };

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in new Option[] { since, until, alertEvent, org, language, limit })
            command.Options.Add(option);
    }

    public bool TryRead(ParseResult parse, [NotNullWhen(true)] out AlertFilter? filter, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(parse);
        error = null;
        filter = null;
        var from = Time(parse, since, ref error);
        var to = Time(parse, until, ref error);
        var chosen = Event(parse.GetValue(alertEvent), ref error);
        var code = Language(parse.GetValue(language), ref error);
        if (parse.GetValue(limit) is < 1 or > MaxLimit)
            error ??= $"--limit must be between 1 and {MaxLimit}, got {parse.GetValue(limit)}.";
        if (error is not null)
            return false;
        var name = parse.GetValue(org)?.Trim();
        filter = new AlertFilter(from ?? PointInTime.DaysAgo(DefaultDays), to, parse.GetValue(limit))
        {
            Event = chosen,
            Org = string.IsNullOrEmpty(name) ? null : name,
            Language = code,
        };
        return true;
    }

    private static PointInTime? Time(ParseResult parse, Option<string?> option, ref string? error)
    {
        var text = parse.GetValue(option);
        if (text is null)
            return null;
        if (PointInTime.TryParse(text, out var time))
            return time;
        error ??= $"{option.Name} expects {PointInTime.Formats}, got '{text}'.";
        return null;
    }

    private static AlertEvent? Event(string? text, ref string? error)
    {
        if (text is null)
            return null;
        if (Enum.TryParse<AlertEvent>(text.Trim(), ignoreCase: true, out var value) && value != AlertEvent.None && !int.TryParse(text, out _))
            return value;
        var names = string.Join(", ", Enum.GetValues<AlertEvent>().Where(e => e != AlertEvent.None).Select(e => e.ToString().ToLowerInvariant()));
        error ??= $"--event: unknown event '{text}': use one of {names}.";
        return null;
    }

    private static string? Language(string? text, ref string? error)
    {
        var code = LanguageCode.Normalise(text);
        if (text is not null && code is null)
            error ??= $"--lang expects an ISO 639-1 code such as en or fr, got '{text}'.";
        return code;
    }
}
