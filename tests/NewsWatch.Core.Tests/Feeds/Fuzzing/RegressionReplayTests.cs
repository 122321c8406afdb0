using NewsWatch.Testing.Fuzzing;

namespace NewsWatch.Core.Tests.Feeds.Fuzzing;

/// <summary>Every input the fuzzing ever kept, parsed again: a bug it found must stay fixed.</summary>
[Collection(HostileFeeds.Name)]
public sealed class RegressionReplayTests(FuzzingFixture fixture)
{
    private const string NoneYet = "(no regressions kept yet)";

    private static readonly RegressionFolder Folder = new(Path.Combine(AppContext.BaseDirectory, "Feeds", "Fuzzing", "Regressions"));

    public static TheoryData<string> Files => new(Folder.FileNames().DefaultIfEmpty(NoneYet));

    [Theory]
    [MemberData(nameof(Files))]
    public void KeptInput_StaysWithinEveryInvariant(string file)
    {
        if (file == NoneYet)
            return;

        var verdict = fixture.Invariants.Check(Folder.Read(file));

        Assert.True(verdict.IsClean, $"{file}: {verdict}");
    }
}
