namespace FactCheckBot.Answering;

// The one place that names an outlet with the outlet it republishes.
public static class Outlets
{
    public static string Name(string outlet, string? original) => original is null ? outlet : $"{outlet} (republishing {original})";

    public static string Name(Citation citation) => Name(citation.Outlet, citation.OriginalOutlet);
}
