using System.CommandLine;
using NewsWatch.Cli.Commands;
using NewsWatch.Cli.Hosting;

var root = new RootCommand("NewsWatch: alerts when the people, teams and resources doing AI-safety work change.")
{
    Options = { GlobalOptions.Storage, GlobalOptions.Settings },
    Subcommands = { RunCommand.Create(), PollCommand.Create(), DeliverCommand.Create() },
};
return await root.Parse(args).InvokeAsync();
