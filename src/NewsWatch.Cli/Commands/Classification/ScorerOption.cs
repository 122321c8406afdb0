using System.CommandLine;
using NewsWatch.Cli.Hosting;
using NewsWatch.Core.Classification;

namespace NewsWatch.Cli.Commands.Classification;

/// <summary><c>--scorer handset|learned</c>: scores with the weights named, whatever the configuration says, so both can be compared on one file.</summary>
internal static class ScorerOption
{
    public static Option<ScorerKind?> Create() => new("--scorer")
    {
        Description = "Which weights score items: handset or learned (default: NewsWatch:Classification:Scorer, else handset).",
    };

    /// <summary>The host's classifier, or, when a scorer is named, one built for it.</summary>
    public static Classifier Classifier(ScorerKind? scorer, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        return scorer is { } kind ? new Classifier(kind) : host.Get<Classifier>();
    }
}
