namespace FactCheckBot.Text;

// The embedding model and the word lists are English, and so are the articles: a question in another
// language gets one line saying so instead of a search for its words.
public static class Language
{
    // Common function words that are not English (Spanish, French, German, Italian, Portuguese, Dutch,
    // and Russian/Ukrainian typed in Latin letters).
    private static readonly HashSet<string> Foreign = new(StringComparer.OrdinalIgnoreCase)
    {
        "el", "los", "las", "del", "qué", "que", "cuántos", "cuantos", "cuántas", "cuantas", "personas", "fue", "fueron",
        "es", "son", "por", "para", "quién", "quien", "dónde", "donde", "cuándo", "cuando", "muertos", "heridos", "ataque",
        "le", "les", "des", "est", "sont", "combien", "qui", "quoi", "ont", "été", "dans", "une", "pour", "avec", "blessés",
        "der", "die", "das", "und", "ist", "sind", "wie", "viele", "wurden", "wer", "nicht", "mit", "wurde", "menschen",
        "il", "gli", "sono", "quanti", "quante", "chi", "che", "della", "persone", "stati", "feriti",
        "os", "não", "nao", "quantos", "quantas", "pessoas", "foram", "uma", "com",
        "het", "een", "hoeveel", "zijn", "werden", "mensen",
        "skolko", "chto", "kto", "gde", "ludei", "lyudei", "bylo", "ubito", "raneno", "skilky", "liudei",
    };

    private static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "is", "are", "was", "were", "what", "who", "how", "many", "did", "does", "do",
        "and", "or", "said", "say", "about", "there", "people", "that", "it", "they", "with", "for", "on", "at", "by",
        "when", "where", "why", "which", "killed", "injured", "true", "any", "from", "this",
    };

    public static bool LooksEnglish(string text)
    {
        int letters = 0, latin = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c < 0x250) latin++;
        }
        if (letters == 0) return true;
        if (latin < letters * 0.6) return false;
        var words = Terms.Tokenize(text).Select(t => text.Substring(t.Start, t.Length)).ToList();
        var foreign = words.Count(Foreign.Contains);
        var english = words.Count(English.Contains);
        return foreign < 2 || foreign <= english;
    }
}
