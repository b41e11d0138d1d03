using PyDbg.DebugAdapter.Cli;

return CommandLine.Run(args);
