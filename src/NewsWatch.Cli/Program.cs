using NewsWatch.Cli;

return await CliApp.Create().Parse(args).InvokeAsync();
