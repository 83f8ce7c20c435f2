using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class ChatTextTests
{
    [Theory]
    [InlineData("how many ppl got hurt lol", "how many people got hurt")]
    [InlineData("wat were the raiders tryna do", "what were the raiders trying to do")]
    [InlineData("when did moscow finally grab bakhmut", "when did moscow grab bakhmut")]
    [InlineData("when did they lift the regime in belgorod, was it the nxt day?", "when did they lift the regime in belgorod?")]
    [InlineData("when was it, on monday?", "when was it, on monday?")]
    [InlineData("what did gov gladkow tell the ppl who fled", "what did governor gladkow tell the people who fled")]
    [InlineData("what did the gov say about it", "what did the government say about it")]
    [InlineData("who's the dude reuters ID'd", "who's the reuters identified")]
    [InlineData("how many guys crossed over?", "how many dudes crossed over?")]
    [InlineData("guys, how many crossed over?", "how many crossed over?")]
    [InlineData("which villages did the raiders claim they took?", "which villages did the raiders claim they captured?")]
    [InlineData("did they take over kozinka", "did they captured kozinka")]
    [InlineData("ngl no clue how big the group was", "how big the group was")]
    [InlineData("what did they use to push them back?", "what did they use to push back them?")]
    [InlineData("when did they attack, was it the rdk or the legion?", "when did they attack, was it the rdk or the legion?")]
    [InlineData("was shebekino completely evacuated", "was shebekino completely evacuated")]
    [InlineData("why tf would they attack, was it the nxt day?", "why would they attack, was it the next day?")]
    [InlineData("which village did they grab, some name starting with K?", "which village did they grab?")]
    [InlineData("lets be real kyiv ran this op themselves. case closed", "kyiv ran this operation themselves.")]
    // Only around the question: "is the criminal case closed?" and "what was peskov just saying" keep their words.
    [InlineData("is the criminal case closed?", "is the criminal case closed?")]
    [InlineData("what was peskov just saying about it", "what was peskov just saying about it")]
    [InlineData("what was the one starting with a drone strike", "what was the one starting with a drone strike")]
    [InlineData("hey all, sorry if this is a dumb q but what did the kremlin say?", "but what did the kremlin say?")]
    [InlineData("Good morning! Quick one: was Kyiv behind this?", "was Kyiv behind this?")]
    [InlineData("thx!! srsly tho, who did it 🤔🔥", "who was behind it")]
    [InlineData("my uncle says a woman died. is that true?", "a woman died.")]
    [InlineData("Claim: thousands were evacuated", "thousands were evacuated")]
    [InlineData("is it true that 70 attackers were killed?", "70 attackers were killed?")]
    [InlineData("did the us give them humvees or nah", "did the US give them humvees or no")]
    [InlineData("how long did teh fighting go on??", "how long did the fighting go on??")]
    [InlineData("did they tell us the truth", "did they tell us the truth")]
    [InlineData("so who did it and why??", "so who was behind it and why??")]
    [InlineData("who did the shelling of the base", "who did the shelling of the base")]
    [InlineData("who did the russians and ukrainians blame", "who did the russians and Ukrainians blame")]
    [InlineData("will they send us weapons", "will they send us weapons")]
    [InlineData("were us humvees used? what did the us-made vehicles look like", "were US humvees used? what did the US-made vehicles look like")]
    [InlineData("hey ppl, which outfits said they were behind this?", "which outfits said they were behind this?")]
    [InlineData("morning all, how many crossed over?", "how many crossed over?")]
    [InlineData("is it over rn?", "is it ended now?")]
    [InlineData("was it over the border?", "was it over the border?")]
    [InlineData("whats the weather like in belgorod rn, my aunt lives there", "what is the weather like in belgorod now")]
    [InlineData("someone in another chat said they nicked a russian APC", "they nicked a russian APC")]
    [InlineData("what armoured vehicles were they driving, ppl saying american ones?", "what armoured vehicles were they driving american ones?")]
    [InlineData("what did ukrainian intel say about the op", "what did ukrainian intelligence say about the operation")]
    [InlineData("what did people say about the raid", "what did people say about the raid")]
    [InlineData("someone in my group chat swears the raiders are neo-nazis. is that actually reported anywhere or just kremlin spin?", "the raiders are neo-nazis.")]
    [InlineData("my cousin keeps forwarding me a thread where some journo says they are straight up hitler fans", "some journalist says they are hitler fans")]
    [InlineData("asking for a friend who's arguing in another group: did Miler or whatever confirm it?", "did Miler confirm it?")]
    [InlineData("when did they lift the regime in the oblast", "when did they lift the regime in the region")]
    [InlineData("lmaooo who posted that 'good morning everyone except putins goons' thing", "who posted that 'good morning everyone except putins goons' thing")]
    [InlineData("hahaha guys, how many died", "how many died")]
    [InlineData("was any1 killed in kozinka??", "was anyone killed in kozinka??")]
    [InlineData("lmao fwd: 'ukrainian official says u can buy tanks at any russian army shop'. real quote??", "'ukrainian official says you can buy tanks at any russian army shop'. real quote??")]
    [InlineData("wounded count?? one telegram channel says 8, the other says 12. which is it", "wounded count??")]
    [InlineData("some say monday others say tuesday, when did it start", "when did it start")]
    [InlineData("my group chat is literally arguing about this rn: was it hundreds or thousands of locals moved out?", "was it hundreds or thousands of locals moved out?")]
    [InlineData("how many were there? a rough number is fine", "how many were there?")]
    [InlineData("did anyone die or is that just propaganda", "did anyone die")]
    [InlineData("was the fsb hit or is that just one side making stuff up", "was the fsb hit")]
    [InlineData("did they work w the legion", "did they work with the legion")]
    [InlineData("wat did the russian mod claim they blew up vehicle-wise lol", "what did the russian mod claim they blew up vehicle")]
    [InlineData("lasted like 2 yrs?", "lasted like 2 years?")]
    [InlineData("which raion was hit", "which district was hit")]
    [InlineData("what did the video show? also how many ppl got evacuated", "what did the video show? also how many people got evacuated")]
    public void Chatter_slang_and_emoji_never_reach_the_search(string typed, string searched) =>
        Assert.Equal(searched, ChatText.Clean(typed));

    [Fact]
    public void A_zero_width_space_does_not_split_a_word() =>
        Assert.Equal("Who is Peskov?", ChatText.Clean("Who is Pes\u200Bkov?"));

    [Fact]
    public void Apostrophes_and_quotes_of_every_kind_become_plain() =>
        Assert.Equal("the ministry's \"claim\"", ChatText.Plain("the ministry\u2019s \u201Cclaim\u201D"));

    [Fact]
    public void The_sentence_that_asks_is_what_is_searched() =>
        Assert.Equal("how many people got hurt?", ChatText.Clean("how many ppl got hurt?? seeing like 3 diff numbers lol"));

    [Fact]
    public void A_question_that_points_back_keeps_what_it_points_at() =>
        Assert.Equal("saw a clip of a fighter covering the Z marking with a sticker. which group put that out?",
            ChatText.Clean("saw a clip of a fighter covering the Z marking with a sticker. which group put that out?"));

    [Fact]
    public void A_question_that_only_points_back_keeps_the_claim_it_points_at() =>
        Assert.Contains("Belgorod-22 shelled", ChatText.Clean("FWD: Belgorod-22 shelled during raid, 2 soldiers dead — legit?"));

    [Fact]
    public void A_message_of_chatter_alone_is_kept_so_the_refusal_can_say_so() =>
        Assert.Equal("lol thx", ChatText.Clean("lol thx"));

    [Theory]
    [InlineData("Is it true that Kyiv was behind the raid?", true)]
    [InlineData("my friend says the americans handed over the humvees, true?", true)]
    [InlineData("FWD: 70 attackers killed", true)]
    [InlineData("Did Ukraine deny involvement?", true)]
    [InlineData("How many people were injured?", false)]
    [InlineData("what did peskov say", false)]
    public void Claims_are_recognised_as_typed(string text, bool claim) => Assert.Equal(claim, ChatText.IsClaim(text));

    [Theory]
    [InlineData("Сколько человек пострадало?", false)]
    [InlineData("¿Cuántas personas resultaron heridas en el ataque?", false)]
    [InlineData("Wie viele Menschen wurden verletzt und wer ist schuld?", false)]
    [InlineData("how many ppl got hurt lol", true)]
    [InlineData("What did Peskov say about the raid in Belgorod?", true)]
    [InlineData("Was the FSB building in Belgorod hit?", true)]
    public void Questions_not_in_english_are_told_apart(string text, bool english) => Assert.Equal(english, Language.LooksEnglish(text));
}
