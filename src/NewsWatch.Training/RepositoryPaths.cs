namespace NewsWatch.Training;

/// <summary>Finds the labelled items and Core's data files from wherever the command is run inside the repository.</summary>
internal static class RepositoryPaths
{
    public static string LabelledData() => Path.Combine(Root("--data"), "tests", "NewsWatch.Core.Tests", "Classification", "Data");

    public static string WorldNamesFile() => Path.Combine(Root("--output"), "src", "NewsWatch.Core", "Classification", "Data", "names.world.tsv");

    private static string Root(string option)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsWatch.sln")))
                return dir.FullName;
        }

        throw new DirectoryNotFoundException($"Run inside the NewsWatch repository, or give {option}.");
    }
}
