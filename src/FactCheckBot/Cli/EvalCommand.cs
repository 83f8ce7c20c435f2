using System.CommandLine;

namespace FactCheckBot.Cli;

public static class EvalCommand
{
    public static Command Create(CliHost cli) => new("eval", "Score the evaluation set.");
}
