namespace FactCheckBot.Answering;

// The one place that names an outlet with the outlet it republishes.
public static class Outlets
{
    public static string Name(string outlet, string? original) => Name(outlet, original, name => name);

    // With each outlet's name written by `write` (escaped, in bold): "<b>Uganda Online Media</b> (republishing <b>BBC News</b>)".
    public static string Name(string outlet, string? original, Func<string, string> write) =>
        original is null ? write(outlet) : $"{write(outlet)} (republishing {write(original)})";

    public static string Name(Citation citation) => Name(citation.Outlet, citation.OriginalOutlet);
}
