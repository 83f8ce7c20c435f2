namespace FactCheckBot.Cli;

// Plain aligned columns for terminal listings; long cells are cut with an ellipsis.
public static class Table
{
    public static void Print(IReadOnlyList<string> headers, IEnumerable<string[]> rows, int maxWidth = 60)
    {
        var all = rows.Select(r => r.Select(c => Cut(c.ReplaceLineEndings(" "), maxWidth)).ToArray()).ToList();
        var widths = headers.Select((h, i) => Math.Max(h.Length, all.Count == 0 ? 0 : all.Max(r => r[i].Length))).ToArray();
        Console.WriteLine(Line(headers.ToArray(), widths));
        foreach (var row in all) Console.WriteLine(Line(row, widths));
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", cells.Select((c, i) => i == cells.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd();

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
