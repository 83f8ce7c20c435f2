namespace FactCheckBot.Tests.Support;

// Made-up articles for sources added in tests.
public static class Articles
{
    // The ferry story, as long as wanted: one sentence per crossing after the lead.
    public static string Ferries(int crossings) =>
        "The harbour master of Port Elgin said on Friday that thick fog had delayed two ferries by three hours. " +
        string.Concat(Enumerable.Range(1, crossings).Select(i => $"Passengers on crossing number {i} waited in the terminal while the crews checked the radar. "));
}
