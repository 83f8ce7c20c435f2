using System.Text;

namespace FactCheckBot.Evaluation;

public static class EvalText
{
    public static string Render(EvalReport report, bool allItems)
    {
        var builder = new StringBuilder();
        var passed = report.Items.Count(i => i.Passed);
        builder.AppendLine($"{report.Items.Count} questions, {passed} fully right ({100.0 * passed / Math.Max(1, report.Items.Count):0.0}%)");
        builder.AppendLine();
        foreach (var m in report.Metrics)
            builder.AppendLine($"  {m.Name,-20} {100 * m.Rate,6:0.0}%  {m.Hits,3}/{m.Total,-3}  {m.Meaning}");
        foreach (var category in report.Items.GroupBy(i => i.Category))
            builder.AppendLine($"  category {category.Key,-20} {category.Count(i => i.Passed)}/{category.Count()} fully right");
        var shown = report.Items.Where(i => allItems || !i.Passed).ToList();
        if (shown.Count > 0)
        {
            builder.AppendLine();
            foreach (var item in shown)
                builder.AppendLine($"  {(item.Passed ? "ok  " : "FAIL")} {item.Id} ({item.Status}) {item.Question}"
                    + (item.Passed ? "" : "\n         " + string.Join("\n         ", item.Problems)));
        }
        return builder.ToString().TrimEnd();
    }
}
