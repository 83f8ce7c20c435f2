namespace FactCheckBot.Tests.Support;

public static class RepoPaths
{
    // The repository root: the folder above tests/ that holds src/.
    public static string Root { get; } = Find();

    public static string DefaultCorpus => Path.Combine(Root, "src", "FactCheckBot", "Corpus", "Default");

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !(Directory.Exists(Path.Combine(dir.FullName, "src")) && Directory.Exists(Path.Combine(dir.FullName, "tests"))))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
