using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactCheckBot.Text;

// A chat message as people type it, turned into the question it asks: invisible characters and emoji out,
// apostrophes and quotes of every kind made plain, slang spelled out, chatter around the question dropped
// ("good morning!", "sorry if this is a dumb q", "lol", "thx"). What is left decides the answer.
public static partial class ChatText
{
    private static readonly Dictionary<string, string> Slang = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ppl"] = "people", ["ppls"] = "people", ["peeps"] = "people", ["u"] = "you", ["ya"] = "you", ["ur"] = "your",
        ["r"] = "are", ["bc"] = "because", ["b/c"] = "because", ["cuz"] = "because", ["coz"] = "because", ["cos"] = "because",
        ["govt"] = "government", ["gov"] = "government", ["abt"] = "about", ["bout"] = "about", ["rly"] = "really",
        ["rlly"] = "really", ["tho"] = "", ["thru"] = "through", ["yday"] = "yesterday", ["2day"] = "today",
        ["b4"] = "before", ["any1"] = "anyone", ["some1"] = "someone", ["every1"] = "everyone", ["no1"] = "no one", ["w/"] = "with", ["w"] = "with", ["w/o"] = "without", ["wanna"] = "want to", ["gonna"] = "going to", ["tryna"] = "trying to", ["finna"] = "going to",
        ["gotta"] = "have to", ["dunno"] = "do not know", ["idk"] = "", ["smth"] = "something", ["sth"] = "something",
        ["nah"] = "no", ["nope"] = "no", ["yep"] = "yes", ["yup"] = "yes", ["yeah"] = "yes", ["k"] = "", ["pics"] = "photos",
        ["pic"] = "photo", ["vid"] = "video", ["vids"] = "videos", ["info"] = "information", ["approx"] = "approximately",
        ["mil"] = "military", ["ukr"] = "Ukraine",
        // Typos of short words too common for the corpus's spelling corrector, which leaves English words alone.
        ["teh"] = "the", ["hte"] = "the", ["adn"] = "and", ["nad"] = "and", ["taht"] = "that", ["waht"] = "what",
        ["whta"] = "what", ["hwo"] = "how", ["thier"] = "their", ["becuase"] = "because", ["becasue"] = "because", ["tbh"] = "", ["ngl"] = "", ["imo"] = "", ["imho"] = "", ["fyi"] = "",
        ["btw"] = "", ["lol"] = "", ["lmao"] = "", ["lmfao"] = "", ["rofl"] = "", ["omg"] = "", ["wtf"] = "", ["smh"] = "",
        ["srsly"] = "", ["seriously"] = "", ["pls"] = "", ["plz"] = "", ["thx"] = "", ["thnx"] = "", ["ty"] = "",
        ["tysm"] = "", ["thanks"] = "", ["cheers"] = "", ["rn"] = "now", ["atm"] = "now", ["irl"] = "", ["ok"] = "",
        ["okay"] = "", ["hmm"] = "", ["hmmm"] = "", ["uh"] = "", ["um"] = "", ["bro"] = "", ["bruh"] = "", ["dude"] = "",
        ["guys"] = "", ["yo"] = "", ["hiya"] = "", ["wat"] = "what", ["wut"] = "what", ["whats"] = "what is",
        ["diff"] = "different", ["nukes"] = "nuclear weapons", ["nuke"] = "nuclear", ["nuclear-armed"] = "nuclear",
        ["deets"] = "details", ["sus"] = "suspicious", ["legit"] = "true", ["fr"] = "", ["istg"] = "", ["jk"] = "",
        ["tg"] = "Telegram", ["yt"] = "YouTube", ["twt"] = "Twitter", ["pple"] = "people", ["sb"] = "somebody",
        ["dmg"] = "damage", ["killd"] = "killed", ["gvt"] = "government", ["mins"] = "minutes", ["hrs"] = "hours", ["yrs"] = "years", ["yr"] = "year", ["wks"] = "weeks", ["ballpark"] = "",
        ["ukrainians"] = "Ukrainians", ["amercian"] = "American", ["ru"] = "Russia", ["ua"] = "Ukraine",
        ["tv"] = "television", ["spooks"] = "intelligence", ["spies"] = "intelligence", ["kicked"] = "started",
        ["kick"] = "start", ["kicks"] = "starts", ["n"] = "and", ["&"] = "and", ["whos"] = "who is", ["wheres"] = "where is",
        ["journo"] = "journalist", ["journos"] = "journalists", ["dept"] = "department", ["oblast"] = "region", ["raion"] = "district", ["rayon"] = "district",
        ["intel"] = "intelligence", ["op"] = "operation", ["ops"] = "operations", ["mercs"] = "mercenaries", ["merc"] = "mercenary",
        ["nxt"] = "next", ["wht"] = "what", ["whr"] = "where", ["tmrw"] = "tomorrow", ["bcz"] = "because", ["bcs"] = "because",
        ["tf"] = "", ["kinda"] = "", ["sorta"] = "",
        // Adverbs that frame a question without being what it asks ("when did moscow finally take bakhmut").
        ["finally"] = "", ["definitely"] = "", ["clearly"] = "", ["obviously"] = "", ["simply"] = "", ["merely"] = "",
        ["essentially"] = "", ["technically"] = "", ["genuinely"] = "", ["truly"] = "", ["precisely"] = "", ["specifically"] = "",
        ["somehow"] = "",
    };

    // Chatter that frames a question without being part of it. Claims keep their content:
    // "my uncle says X" leaves "X".
    [GeneratedRegex("""
        ^\W*(morning|evening|afternoon)\b(\s+(all|everyone|everybody|folks|guys|ppl|people|peeps|y'?all|fam|chat))?[\s!,.:;-]+
        |^\W*(guys|folks|fam|y'?all)\b[\s!,.:;-]+
        |(?<!["']\s*)\b(good\s+(morning|evening|afternoon|day|night)|gm|hi|hello|hey|hiya|greetings|dear\s+bot)\b(\s+(all|everyone|everybody|there|folks|team|bot|guys|ppl|people|peeps|y'?all|fam|chat|friends))?[\s!,.:;-]*
        |\b(sorry|apologies)\s+(if|for)\b[^?.!,]*?\b(dumb|stupid|silly|basic|obvious|naive)\s+(q|qs|question|questions)\b[\s!,.:;-]*
        |\b(quick|random|dumb|stupid|silly|honest)\s+(q|question|one)\b[\s!,.:;?-]*
        |\basking\s+for\s+a\s+(friend|mate|buddy|colleague)\b([^:?]{0,60}:)?[\s!,.:;-]*
        |\bmy\s+(\w+\s+){0,2}?(keeps?\s+(forwarding|sending|sharing|posting)|forwarded|sent|shared|showed)\s+(me\s+)?(a|this|that|some)\s+(\w+\s+)?(thread|post|video|clip|message|link|screenshot|article|story|tweet)\s*(where|saying|that\s+says|which\s+says|that)?\s+
        |,?\s*\bor\s+(whatever|something|smth|sth|smthing)(\s+(like\s+that|his\s+name\s+is|her\s+name\s+is|it\s+is|its\s+called))?\b
        |\b(straight\s+up|literally|literal)\b
        |^\W*(let'?s\s+be\s+(real|honest)|to\s+be\s+(fair|honest)|hot\s+take|no\s+cap)\b[\s!,.:;-]*
        |(?<=[.!,;—–-]\s*)\b(case\s+closed|change\s+my\s+mind|just\s+saying|no\s+cap)[\s.!]*$
        |,?\s*\b(some|the|a)\s+(name|one|place|village|town|guy)\s+(starting|beginning|that\s+starts|that\s+begins)\s+with\s+(an?\s+)?["']?\w["']?(?=\s*([?.!,]|$))
        |\b(l+o+l+z?|l+m+f*a+o+|r+o+f+l+|(ha){2,}h?|(he){2,}h?|xd+)\b
        |\bor\s+(is\s+(it|that|this)\s+|it's\s+|that's\s+)?(just\s+|all\s+)?(\w+\s+)?(spin|propaganda|fake\s+news|lies|bs|a\s+lie|made\s+up)\b
        |\bor\s+(is\s+(it|that|this)\s+|it's\s+|that's\s+)?(just\s+)?(one\s+side|someone|somebody|they|people|russia|ukraine|the\s+\w+)\s+making\s+(stuff|things|it|this|that)\s+up\b
        |\b(one|a|some|the|this)\s+((tg|telegram|twitter|news|russian|ukrainian|pro-?\w+)\s+)?(channel|source|site|account|outlet|article|guy|report|post)\s+(says|said|claims|reports|reported|posted)\b[^.?!]*?\b(another|the\s+other|others?)\s+(\w+\s+)?(says|said|claims?|reports?|reported|posted)\b[^.?!;,]*
        |\b(some|a\s+few)\s+(say|said|claim)\b[^.?!]*?\b(others?)\s+(say|said|claim)\b[^.?!;,]*
        |[,;]?\s*\bwhich\s+(one\s+)?is\s+(it|right|correct|true)\b\s*\??
        |\b(getting|seeing|hearing)\s+(mixed|conflicting|different|contradictory)\s+(msgs|messages|reports|numbers|stories|info|signals)\b
        |\b(a\s+)?(rough|ballpark|approximate)\s+(number|figure|estimate|idea|count)\s+(is\s+)?(fine|ok|okay|good|enough)\b
        |[,;-]?\s*\b(cuz|because|since|as)?\s*\bmy\s+(\w+\s+){0,2}?(lives?|works?|stays?|has\s+friends|has\s+family)\s+(there|here|nearby|near\s+(the\s+)?\w+|in\s+\w+)\b[\s!,.:;-]*
        |\b(just\s+)?(curious|wondering)\b[\s!,.:;-]*
        |\bthanks?(\s+(you|u|a\s+lot|so\s+much|in\s+advance))?\b[\s!,.:;-]*
        |\bany\s+(idea|ideas|clue)\b[\s?!,.:;-]*
        |\b(i\s+)?(have\s+|got\s+)?(no|zero)\s+(idea|clue)\b[\s!,.:;-]*
        |\bcan\s+(you|u|someone|anyone)\s+(please\s+|pls\s+)?(check|confirm|tell\s+me|explain|verify)(\s+(if|whether|that))?\b
        |\b(does\s+)?anyone\s+know\b(\s+(if|whether))?
        |\bplease\s+help\b[\s!,.:;-]*
        |\b(my|our|the)\s+(group\s+chat|chat|group)\s+(is|are|was|were|keeps?)\s+((literally|still|so|now|currently|all)\s+)*(fighting|arguing|debating|split)(\s+(about|over|on)\s+(this|it))?(\s+(rn|now|atm|right\s+now))?\b[\s!,.:;—–-]*
        |\bmy\s+(\w+\s+){0,2}?(keeps?\s+asking|asks|asked|is\s+asking|wants\s+to\s+know|wonders|was\s+wondering)\b
        |\b(i\s+)?(saw|seeing|read|heard)\s+(on|in)\s+(tg|telegram|twitter|x|tiktok|facebook|fb|youtube|yt|the\s+news|a\s+(group|channel|chat))\b
        |\b(fwd?|forwarded(\s+from\s+[^:]{1,40})?|breaking|urgent|fact[-\s]?check|claim|rumou?r|post|message)\s*:
        |\b(is|was)\s+it\s+(really\s+)?true\s+(that\s+)?
        |\bmy\s+(\w+\s+){0,2}?(says|said|told\s+me|tells\s+me|thinks|claims|reckons|insists)\s+(that\s+)?
        |\b(someone|somebody|some\s+guy|a\s+guy|everyone)\s+((on|in)\s+(\w+\s+){1,3})?(says|said|are\s+saying|claims?|keeps?\s+saying|swears|insists|reckons)\s+(that\s+)?
        |[,;]?\s*\b(people|ppl|folks|everybody|many)\s+((on|in)\s+(\w+\s+){1,2})?((are|r)\s+)?(saying|claiming)\s+(that\s+)?
        |\bi\s+(heard|read|saw)\s+(that\s+)?
        |\b(true|legit|real|fake)\s*\?+\s*$
        |\bis\s+(that|this)\s+(in\s+the\s+news|true|real|legit|right|correct|(actually\s+|really\s+)?(reported|mentioned|covered|confirmed)(\s+anywhere|\s+somewhere|\s+by\s+anyone)?)\b.*$
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Chatter();

    // keep: a word that makes a clause worth keeping beside the question ("kozinka or smth" names the village).
    public static string Clean(string text, Func<string, bool>? keep = null)
    {
        var plain = Focus(Plain(text), keep);
        plain = Chatter().Replace(plain, " ");
        // "gov gladkow" is the governor's title, "the gov" the government; "ID'd" is identified; "how many guys"
        // counts the fighters, where "guys" alone only addresses the chat.
        plain = GovernorTitle().Replace(plain, "governor");
        plain = Identified().Replace(plain, "identified");
        plain = HowManyGuys().Replace(plain, "${many} dudes");
        // "push them back", "took them out": the particle joins its verb, as news writes it ("push back", "took out").
        plain = ParticleAfterObject().Replace(plain, "${verb} ${part} ${obj}");
        // "which villages did they take?", "did they take over Kozinka": taking a place is capturing it.
        plain = TookPlace().Replace(plain, "captured");
        plain = SlangWord().Replace(plain, m => Slang.TryGetValue(m.Value, out var full) ? full : m.Value);
        // "vehicle-wise", "casualty-wise": the word is what is asked about.
        plain = WordWise().Replace(plain, "${word}");
        // "when did they lift it, was it the next day?": a time the asker guesses is what the answer checks, not
        // words a quote must have.
        plain = GuessedTime().Replace(plain, "?");
        // "who did it?" asks who was behind it: "did" alone is searched for nothing.
        plain = WhoDidIt().Replace(plain, "who was behind ${what}");
        // "is it over?" asks whether it ended; "over" alone is a preposition and searched for nothing.
        plain = IsOver().Replace(plain, "${verb} ${what} ended");
        // "did the us send them" is the country typed in lower case, not the pronoun.
        plain = TheUs().Replace(plain, "${the}US");
        // "were us humvees used", "the us-made vehicles": before what a country has, it is the country too.
        plain = UsBefore().Replace(plain, "US");
        plain = LeadingPunctuation().Replace(Spaces().Replace(plain, " "), "").Trim();
        // "wounded count?? ." once "one channel says 8, the other says 12." is gone.
        plain = StrayPunctuation().Replace(plain, "");
        // "did they grab ?" once ", some name starting with K" is gone.
        plain = SpaceBeforeMark().Replace(plain, "");
        // A question left without letters was all chatter: keep the original so the refusal can say so.
        return plain.Any(char.IsLetterOrDigit) ? plain : Spaces().Replace(Plain(text), " ").Trim();
    }

    [GeneratedRegex(@"(?<=^\W*(so\s+)?(when|what\s+(day|date|time))\b[^?]{8,}?)\s*[,;?]+\s*(or\s+)?(was|is)\s+(it|that|this)\s+(on\s+|in\s+|at\s+|around\s+|during\s+|by\s+)?(the\s+)?((next|following|same|previous)\s+(day|morning|afternoon|evening|night|week)|(that|this)\s+(morning|afternoon|evening|night|week)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)(\s+(morning|afternoon|evening|night))?|(may|june)(\s+\d{1,2}(st|nd|rd|th)?)?|\d{1,2}(st|nd|rd|th)?(\s+(may|june))?|(morning|afternoon|evening|night))\s*\?*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GuessedTime();

    // A statement to check rather than a question to answer: "Is it true that …", "Claim: …", "my uncle says …",
    // a forwarded post, "… legit?", and yes/no questions ("Did …", "Was …").
    public static bool IsClaim(string text) => ClaimStart().IsMatch(text) || ClaimAnywhere().IsMatch(text);

    [GeneratedRegex(@"^\s*(?:(?:hey|hi|hello)\s+\w+[,!]?\s*)?(?:claim\s*:|fact[- ]?check\s*:?|true or false\s*:?|fwd?\s*:|forwarded\b|breaking\s*:|is it (?:really )?(?:true|correct|right) (?:that\b)?|(?:did|does|do|was|were|is|are|has|have|had)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimStart();

    [GeneratedRegex(@"\b(?:is it (?:really )?true|my\s+(?:\w+\s+){0,2}?(?:says|said|told me|claims|reckons)|(?:someone|somebody|people)\s+(?:(?:on|in)\s+(?:\w+\s+){1,3})?(?:says|said|claims?|are saying|swears|insists)|(?:true|legit|real|fake)\s*\?+\s*$|is (?:that|this) (?:true|real|legit))", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimAnywhere();

    // A message is often a question plus context ("how many got hurt?? seeing 3 different numbers"): the
    // sentence that asks is what the answer is about. When that sentence only points back ("legit?", "is that
    // true?"), the rest is the claim it points at, and that is what is looked up.
    public static string Focus(string text, Func<string, bool>? keep = null)
    {
        var parts = Clause().Split(text).Select(p => p.Trim()).Where(p => p.Any(char.IsLetterOrDigit)).ToList();
        if (parts.Count < 2) return text;
        var asking = parts.Where(p => Asks().IsMatch(p)).ToList();
        if (asking.Count != 1) return text;
        var question = asking[0];
        // "…slapping a sticker over the Z marking. which group put that out?": a question that points back at
        // what the message told needs it.
        if (ContentWords(question) == 0 || PointsBack().IsMatch(question)) return text;
        var hints = parts.Where(p => p != question && keep is not null
            && Terms.Tokenize(p).Any(t => keep(p.Substring(t.Start, t.Length).ToLowerInvariant())));
        return string.Join(" ", hints.Prepend(question));
    }

    private static int ContentWords(string clause) =>
        Terms.Tokenize(Chatter().Replace(clause, " ")).Count(t => !StopWords.Contains(t.Term) && !Pointer.Contains(t.Term));

    // Words that point back at a claim made elsewhere in the message.
    private static readonly HashSet<string> Pointer = new[] { "legit", "true", "real", "fake", "accurate", "correct", "lie", "lying",
        "making", "up", "news", "this", "that", "it", "so", "right", "quote", "quotes", "quoted", "claim", "story", "post", "rumour",
        "rumor", "thing", "accurate", "misinformation", "propaganda", "check", "verify", "bs", "cap", "hoax", "actual" }.Select(w => Terms.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\b(that|this|those|these|him|her|them)(\s+(out|up|about|from|of|on|in))?\W*$|\b(did|does|is|was|has)\s+(he|she)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"(?<=[?!])\s*|(?<=[.;:])\s+|\s+[—–]\s+|\s--\s|\n+")]
    private static partial Regex Clause();

    // A clause that asks: it ends in a question mark or opens with a question word ("also how many …").
    public static bool IsQuestion(string clause) => Asks().IsMatch(clause);

    [GeneratedRegex(@"\?\s*$|^\W*((also|and|plus|btw|oh)\s+)*(who|what|when|where|why|how|which|whose|is|are|was|were|did|does|do|has|have|had|can|could|will|would|should)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asks();

    // Invisible characters (zero-width spaces and joiners, soft hyphens, direction marks, BOM) go without a
    // trace, so a word they split is whole again; emoji and other symbols become spaces; apostrophes and
    // quotation marks of every kind become ' and ".
    public static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsInvisible(c)) continue;
            switch (c)
            {
                case '’' or '‘' or 'ʼ' or '`' or '´' or '′' or 'ʹ':
                    builder.Append('\'');
                    continue;
                case '“' or '”' or '„' or '«' or '»' or '″':
                    builder.Append('"');
                    continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length)
            {
                builder.Append(category is UnicodeCategory.OtherSymbol or UnicodeCategory.OtherNotAssigned or UnicodeCategory.PrivateUse
                    ? " " : text.AsSpan(i, 2));
                i++;
                continue;
            }
            builder.Append(category is UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol || c is '\uFE0F' or '\uFE0E' ? ' ' : c);
        }
        return builder.ToString();
    }

    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\u00AD' or '\uFEFF' or '\u2060' or '\u2061'
            or '\u2062' or '\u2063' or '\u2064' or '\u180E'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2066' and <= '\u2069';

    [GeneratedRegex(@"(?<![\w'])[A-Za-z0-9/]+(?![\w'])")]
    private static partial Regex SlangWord();

    [GeneratedRegex(@"(?<!\b(the|a|an|this|that|their|our|his|her|its|russian|ukrainian|us|uk|local|regional|federal)\s+)\bgov\b\.?(?=\s+(?!(say|says|said|is|was|has|had|did|does|do|denied|denies|deny|claims?|claimed|and|or|of|to|in|on|at|for|about)\b)[A-Za-z])", RegexOptions.IgnoreCase)]
    private static partial Regex GovernorTitle();

    [GeneratedRegex(@"\b(?<verb>push|pushed|pushing|chase|chased|chasing|drive|drove|driven|driving|force|forced|forcing|throw|threw|thrown|kick|kicked|kicking|take|took|taken|taking|wipe|wiped|wiping)\s+(?<obj>them|it|him|her|those\s+guys|these\s+guys|the\s+rest|the\s+others)\s+(?<part>back|out|off)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ParticleAfterObject();

    [GeneratedRegex(@"\bID'?(d|ed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Identified();

    [GeneratedRegex(@"\b(take|takes|took|taken|taking)\s+(over|control\s+of)\b|(?<=\b(which|what|how\s+many)\s+(villages?|towns?|settlements?|places?|areas?)\b[^?.!]*?)\b(take|took|taken)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TookPlace();

    [GeneratedRegex(@"\b(?<many>how\s+many)\s+(guys|lads|blokes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowManyGuys();

    [GeneratedRegex(@"\b(?<word>[A-Za-z]{3,})-wise\b", RegexOptions.IgnoreCase)]
    private static partial Regex WordWise();

    [GeneratedRegex(@"\b(?<verb>is|was|has|are|were)\s+(?<what>it|this|that|the\s+\w+|they)\s+(all\s+)?over\b(?!\s+(the|a|an|there|here)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex IsOver();

    [GeneratedRegex(@"\bwho\s+(?:did|done|has\s+done|had\s+done|really\s+did|actually\s+did)\s+(?<what>it|this|that|the\s+\w+)\b(?!\s+(?!(?:and|or)\s+(?:why|how|when|where|what)\b)\w)", RegexOptions.IgnoreCase)]
    private static partial Regex WhoDidIt();

    [GeneratedRegex(@"\b(?<the>the\s+)(?:us|usa)\b(?!')", RegexOptions.IgnoreCase)]
    private static partial Regex TheUs();

    [GeneratedRegex(@"(?<!\b(?:give|gave|send|sent|sell|sold|show|showed|tell|told|let|help|ask|asked|offer|offered)\s+)\b(?:us|usa)\b(?=(?:\s+|-)(?:humvees?|weapons?|vehicles?|made|supplied|manufactured|built|officials?|state|government|govt|army|military|equipment|tanks?|armou?red|armou?r|intelligence|embassy|president|spokes(?:man|woman|person)|aid|arms|gear|trucks?|mraps?|troops|forces)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex UsBefore();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+(?=[?!]+\s*$)")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex(@"(?<=[?!.])(\s+[.,;:!?]+)+$")]
    private static partial Regex StrayPunctuation();

    [GeneratedRegex(@"^[\s!?.,;:\-–—]+")]
    private static partial Regex LeadingPunctuation();
}
