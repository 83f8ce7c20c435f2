using FactCheckBot.Embeddings;

namespace FactCheckBot.Cli;

// A one-line progress bar on stderr while sentences are embedded; silent when stderr is not a terminal.
public sealed class ConsoleProgress : IProgress<EmbedProgress>
{
    private const int Width = 30;
    private readonly bool enabled = !Console.IsErrorRedirected;

    public void Report(EmbedProgress value)
    {
        if (!enabled || value.TotalPassages == 0) return;
        var filled = (int)Math.Round(Width * (double)value.Passages / value.TotalPassages);
        Console.Error.Write($"\rEmbedding sentences [{new string('#', filled)}{new string('.', Width - filled)}] " +
            $"{value.Passages:N0}/{value.TotalPassages:N0} passages, {value.Sentences:N0} sentences");
        if (value.Passages >= value.TotalPassages) Console.Error.WriteLine();
    }
}
