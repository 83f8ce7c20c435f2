namespace FactCheckBot.Text;

// Words that never decide what a question is about: English function words,
// question words, chat filler ("hey bot", "is it true that") and reporting verbs.
// Held in normalised form so they compare with Terms output. Contractions that read as words once the
// apostrophe goes ("she'll" → shell, "she'd" → shed, "we'd" → wed, "i'll" → ill) are left out: "shelled"
// and "Wed morning" are what a question is about.
public static class StopWords
{
    private const string English = """
        a about above after again against all am an and any are aren't as at be because been before being below
        between both but by can cannot could couldn't did didn't do does doesn't doing don't down during each few
        for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself
        him himself his how how's i i'd i'm i've if in into is isn't it it's its itself let's me more most
        mustn't my myself no nor not of off on once only or other ought our ours ourselves out over own same shan't
        she she's should shouldn't so some such than that that's the their theirs them themselves then
        there there's these they they'd they'll they're they've this those through to too under until up very was
        wasn't we we'll we're we've were weren't what what's when when's where where's which while who who's
        whom why why's with won't would wouldn't you you'd you'll you're you've your yours yourself yourselves
        also just now ever even still yet much many whether whose whats anyone anybody anything something someone
        thing things way really actually exactly kind sort lot lots get got go going went come came make made let
        """;

    private const string Filler = """
        hey hi hello bot please thanks thank pls tell explain describe summarize summarise summary know knew think
        question answer true false right wrong fact check heard hear read seen see saw info information detail details
        say says said saying tell told report reports reported reporting according claim claims claimed claiming
        mention mentioned happen happened happening occur occurred news article articles source sources
        outlet outlets media did does do today yesterday take takes took taken taking
        react reacts reacted reaction reactions respond responds responded comment commented
        roughly approximately around supposedly basically guys folks stuff admit admits admitted
        like seeing seems seem guess literally maybe probably apparently anyway anyways honestly legit real
        different numbers number sure wonder wondering keep keeps asking ask asked someone somebody everyone everybody
        friend friends uncle aunt dad mom mum mother father brother sister cousin grandma grandpa neighbour neighbor
        colleague wife husband boss wait total quick whole count headcount tally add adds added
        """;

    private static readonly HashSet<string> Set = Build();

    public static bool Contains(string term) => Set.Contains(term);

    private static HashSet<string> Build()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in (English + " " + Filler).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries))
            foreach (var token in Terms.Tokenize(word))
                set.Add(token.Term);
        return set;
    }
}
