using NewsWatch.Training;

namespace NewsWatch.Training.Tests;

public class WorldNamesTests
{
    [Fact]
    public void FileText_IsWhatCoreEmbeds_SoTheFileIsReproducible()
    {
        var embedded = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "names.world.tsv"));

        Assert.Equal(WorldNames.FileText(WorldNames.Collect()), embedded);
    }

    [Fact]
    public void Collect_HoldsGivenNamesOfTheSevenLanguagesAndNoInitialsOrSpaces()
    {
        var names = WorldNames.Collect();

        Assert.Contains("Callum", names);
        Assert.Contains("Magdalena", names);
        Assert.Contains("Jolien", names);
        Assert.DoesNotContain(names, name => name.Length < 3 || name.Contains(' ', StringComparison.Ordinal) || !char.IsUpper(name[0]));
    }
}
