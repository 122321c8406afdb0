namespace NewsWatch.Training;

/// <summary>Finds the labelled items from wherever the command is run inside the repository.</summary>
internal static class RepositoryPaths
{
    public static string LabelledData()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsWatch.sln")))
                return Path.Combine(dir.FullName, "tests", "NewsWatch.Core.Tests", "Classification", "Data");
        }

        throw new DirectoryNotFoundException("Run inside the NewsWatch repository, or give --data.");
    }
}
