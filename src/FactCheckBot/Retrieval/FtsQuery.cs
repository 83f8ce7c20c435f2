using System.Text;

namespace FactCheckBot.Retrieval;

// Builds the FTS5 MATCH expression. Only normalised terms (letters and digits) reach it,
// each inside double quotes, so nothing a person types can act as FTS5 or SQL syntax.
public static class FtsQuery
{
    public static string? Build(IEnumerable<string[]> variants)
    {
        var builder = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var variant in variants)
        {
            var phrase = string.Join(' ', variant.Where(t => t.Length > 0 && t.All(char.IsLetterOrDigit)));
            if (phrase.Length == 0 || !seen.Add(phrase)) continue;
            if (builder.Length > 0) builder.Append(" OR ");
            builder.Append('"').Append(phrase).Append('"');
        }
        return builder.Length == 0 ? null : builder.ToString();
    }
}
