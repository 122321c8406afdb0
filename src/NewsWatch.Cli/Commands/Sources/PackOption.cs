using NewsWatch.Core.Sources.Packs;

namespace NewsWatch.Cli.Commands.Sources;

/// <summary>A pack named on the command line: a built-in one by name, or a pack file by path.</summary>
internal static class PackOption
{
    public static bool TryResolve(string nameOrPath, out QueryPack? pack, out string error)
    {
        error = string.Empty;
        pack = QueryPacks.Find(nameOrPath);
        if (pack is not null)
            return true;
        if (!File.Exists(nameOrPath))
        {
            error = $"No built-in pack is called '{nameOrPath}' (there are: {string.Join(", ", QueryPacks.Names)}), and no pack file is there.";
            return false;
        }

        var loaded = QueryPack.TryLoad(nameOrPath);
        pack = loaded.Pack;
        if (loaded.IsSuccess)
            return true;
        error = $"{nameOrPath}: {string.Join("; ", loaded.Errors.Take(5))}";
        return false;
    }
}
