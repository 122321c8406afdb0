using System.CommandLine;
using NewsWatch.Training;

var output = new Option<FileInfo>("--output") { Description = "Where to write the fitted weights.", Required = true };
var data = new Option<DirectoryInfo?>("--data") { Description = "The folder of labelled *.jsonl files (default: the Core tests' Classification/Data)." };
var folds = new Option<int>("--folds") { Description = "Cross-validation folds.", DefaultValueFactory = _ => 5 };
var seed = new Option<int>("--seed") { Description = "Seeds the folds and ML.NET.", DefaultValueFactory = _ => 1 };
var l2 = new Option<float>("--l2") { Description = "The logistic regression's L2 penalty.", DefaultValueFactory = _ => 1f };
var command = new RootCommand("Fits NewsWatch's alert weights to the project's labelled items and compares them with the hand-set weights by cross-validation.")
{
    output, data, folds, seed, l2,
};
var namesOutput = new Option<FileInfo?>("--output") { Description = "Where to write the names (default: Core's Classification/Data/names.world.tsv)." };
var worldNames = new Command("world-names", "Writes the given names of many locales, from the Bogus library's locale data, for Core's person finder.") { namesOutput };
worldNames.SetAction(parse =>
{
    var path = parse.GetValue(namesOutput)?.FullName ?? RepositoryPaths.WorldNamesFile();
    File.WriteAllText(path, WorldNames.FileText(WorldNames.Collect()));
    Console.WriteLine($"Wrote {path}.");
    return 0;
});
command.Subcommands.Add(worldNames);
command.SetAction(parse =>
{
    var directory = parse.GetValue(data)?.FullName ?? RepositoryPaths.LabelledData();
    var settings = new TrainingSettings(parse.GetValue(folds), parse.GetValue(seed), parse.GetValue(l2));
    new Trainer(settings, Console.Out, TimeProvider.System).Run(directory, parse.GetValue(output)!.FullName);
    return 0;
});
return await command.Parse(args).InvokeAsync();
