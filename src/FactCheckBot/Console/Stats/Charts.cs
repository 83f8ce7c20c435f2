using System.Globalization;

namespace FactCheckBot.WebConsole.Stats;

public sealed record SvgBar(double X, double Y, double Width, double Height, string Class, string Title);

public sealed record SvgText(double X, double Y, string Text, string Anchor = "middle");

public sealed record SvgLine(double X1, double Y1, double X2, double Y2);

public sealed record Series(string Class, string Name);

// A chart as shapes, drawn on the server: the page writes them out as SVG (Razor encodes every
// text), so the console needs no chart script.
public sealed record SvgChart(string Title, int Width, int Height, IReadOnlyList<SvgBar> Bars, IReadOnlyList<SvgText> Texts,
    IReadOnlyList<SvgLine> Lines, IReadOnlyList<Series> Legend)
{
    private const int Left = 44, Right = 8, Top = 10, Bottom = 28;

    // One stacked column per label (a day), one layer per series.
    public static SvgChart Stacked(string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series, Func<int, int, long> value)
    {
        const int width = 720, height = 220;
        var plotWidth = width - Left - Right;
        var plotHeight = height - Top - Bottom;
        var totals = labels.Select((_, i) => Enumerable.Range(0, series.Count).Sum(s => value(i, s))).ToList();
        var max = Math.Max(1, totals.DefaultIfEmpty(0).Max());
        var slot = (double)plotWidth / Math.Max(1, labels.Count);
        var bars = new List<SvgBar>();
        var texts = new List<SvgText>();
        for (var i = 0; i < labels.Count; i++)
        {
            var y = (double)Top + plotHeight;
            for (var s = 0; s < series.Count; s++)
            {
                var v = value(i, s);
                if (v == 0) continue;
                var h = plotHeight * v / (double)max;
                y -= h;
                bars.Add(new SvgBar(Left + i * slot + slot * 0.1, y, slot * 0.8, h, series[s].Class, $"{labels[i]}: {v} {series[s].Name}"));
            }
        }
        var every = Math.Max(1, (int)Math.Ceiling(labels.Count / 8.0));
        for (var i = 0; i < labels.Count; i += every)
            texts.Add(new SvgText(Left + (i + 0.5) * slot, height - 10, labels[i].Length == 10 ? labels[i][5..] : labels[i]));
        foreach (var tick in new[] { 0, max / 2.0, max }.Distinct())
            texts.Add(new SvgText(Left - 6, Top + plotHeight - plotHeight * tick / max + 4, Number(tick), "end"));
        var lines = new List<SvgLine> { new(Left, Top + plotHeight, width - Right, Top + plotHeight), new(Left, Top, Left, Top + plotHeight) };
        return new SvgChart(title, width, height, bars, texts, lines, series);
    }

    // One horizontal bar per item (an outlet), longest first as given.
    public static SvgChart Horizontal(string title, IReadOnlyList<(string Label, long Value)> items, string barClass = "bar")
    {
        const int width = 720, row = 24, labelWidth = 220;
        var height = Top + Math.Max(1, items.Count) * row + 8;
        var plotWidth = width - labelWidth - 60;
        var max = Math.Max(1, items.Select(i => i.Value).DefaultIfEmpty(0).Max());
        var bars = new List<SvgBar>();
        var texts = new List<SvgText>();
        for (var i = 0; i < items.Count; i++)
        {
            var (label, value) = items[i];
            var y = Top + i * row;
            var w = Math.Max(1, plotWidth * value / (double)max);
            bars.Add(new SvgBar(labelWidth, y + 4, w, row - 8, barClass, $"{label}: {value}"));
            texts.Add(new SvgText(labelWidth - 8, y + row / 2.0 + 4, label.Length > 34 ? label[..33] + "…" : label, "end"));
            texts.Add(new SvgText(labelWidth + w + 6, y + row / 2.0 + 4, value.ToString(CultureInfo.InvariantCulture), "start"));
        }
        return new SvgChart(title, width, height, bars, texts, [new(labelWidth, Top, labelWidth, height - 8)], []);
    }

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
