namespace FactCheckBot.Answering;

// The one place that names an outlet with the outlet it republishes.
public static class Outlets
{
    public static string Name(string outlet, string? original) => Name(outlet, original, name => name);

    // With each outlet's name written by `write` (escaped, in bold): "<b>Uganda Online Media</b> (republishing <b>BBC News</b>)".
    public static string Name(string outlet, string? original, Func<string, string> write) =>
        original is null ? write(outlet) : $"{write(outlet)} (republishing {write(original)})";

    public static string Name(Citation citation) => Name(citation.Outlet, citation.OriginalOutlet);

    // "FISM News", "FISM News and RFE/RL", "FISM News, RFE/RL and The Guardian" (or "… or …").
    public static string List(IReadOnlyList<string> outlets, string conjunction = "and") => outlets.Count switch
    {
        0 => "",
        1 => outlets[0],
        _ => $"{string.Join(", ", outlets.Take(outlets.Count - 1))} {conjunction} {outlets[^1]}",
    };
}
