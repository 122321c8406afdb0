using System.CommandLine;
using NewsWatch.Cli;

namespace NewsWatch.IntegrationTests.Cli;

public sealed class CliHelpTests
{
    public static TheoryData<string> Verbs => ["subscribe", "subscriptions", "alerts", "deliveries", "data-key"];

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Help_DescribesEveryCommandArgumentAndOptionOfTheVerb(string verb)
    {
        var command = CliApp.Create().Subcommands.Single(c => c.Name == verb);

        var undescribed = Symbols(command).Where(symbol => string.IsNullOrWhiteSpace(symbol.Description)).Select(symbol => symbol.Name).ToList();

        Assert.Empty(undescribed);
    }

    [Theory]
    [InlineData("subscribe", "--min-score")]
    [InlineData("subscriptions", "rotate-secret")]
    [InlineData("alerts", "--since")]
    [InlineData("deliveries", "replay")]
    [InlineData("data-key", "rotate")]
    public async Task Help_PrintsTheDescriptions(string verb, string name)
    {
        using var output = new StringWriter();

        var exitCode = await CliApp.Create().Parse([verb, "--help"]).InvokeAsync(new InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Equal(0, exitCode);
        var line = output.ToString().Split('\n').Single(l => l.TrimStart().StartsWith(name, StringComparison.Ordinal));
        Assert.True(line.Trim().Length > name.Length + 20, $"'{line.Trim()}' has no description.");
    }

    private static IEnumerable<Symbol> Symbols(Command command) =>
        new Symbol[] { command }
            .Concat(command.Arguments)
            .Concat(command.Options)
            .Concat(command.Subcommands.SelectMany(Symbols));
}
