using System.CommandLine;

namespace FactCheckBot.Cli;

public static class LogCommands
{
    public static Command Create(CliHost cli) => new("log", "The answer log: what was asked, the evidence used and what was answered.");
}
