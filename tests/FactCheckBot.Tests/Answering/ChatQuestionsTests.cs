using FactCheckBot.Answering;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Answering;

// Questions typed the way people write in chats, answered end to end with the real embedding model.
// The host is shared: these tests only read.
public sealed class ChatQuestionsTests(ChatQuestionsTests.Host host) : IClassFixture<ChatQuestionsTests.Host>
{
    public sealed class Host : IDisposable
    {
        public TestApp App { get; } = new();

        public void Dispose() => App.Dispose();
    }

    private Task<Answer> Ask(string question) => host.App.Get<AnswerService>().AskAsync(question, new Asker());

    private static bool Quotes(Answer answer, string outlet, string text) =>
        answer.Citations.Any(c => c.Outlet == outlet && c.Quote.Contains(text, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public async Task Slang_and_chatter_get_the_cited_figures()
    {
        var answer = await Ask("how many ppl got hurt lol");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "Military Cognizance", "12 people injured"));
        Assert.True(Quotes(answer, "FISM News", "at least eight"));
        Assert.Contains(answer.Conflicts, c => c.About == "people injured");
        Assert.StartsWith("Military Cognizance reports 12 people injured", answer.Summary);
    }

    [Theory]
    [InlineData("how many days did the firefight go on", "Military Cognizance", "lasted two days")]
    [InlineData("when was the lockdown in belgorod called off", "The Guardian", "cancelling a “counter-terrorism regime”")]
    [InlineData("did any residents lose their lives or is that just propaganda", "Uganda Online Media", "one civilian had died")]
    [InlineData("guys how many ppl had to leave their homes?? one site said hundreds another said thousands wym", "Military Cognizance",
        "evacuate thousands of people")]
    [InlineData("which villages did the raiders say they grabbed lol", "FISM News", "capture of several border towns, including Kozinka")]
    [InlineData("ok but what's the point of the raid from their side? what were these guys trying to achieve", "RFE/RL",
        "intended to inspire Russians to rise up")]
    [InlineData("how long did the shootin go on", "Military Cognizance", "lasted two days")]
    [InlineData("wait when did the raid even start", "The Guardian", "The fighting began on Monday.")]
    [InlineData("whats the point of the buffer zone thing the fighters keep talking abt", "Uganda Online Media", "a demilitarised zone on the border")]
    // The second question points back at the first's subject ("they" = the evacuated) and is asked about it.
    [InlineData("two qs: how many ppl got evacuated, and where did they end up staying?", "The Guardian", "placed in temporary housing")]
    // A claim answered by denials keeps the words that qualify one ("we communicate with them … we even cooperate").
    [InlineData("Good morning! Quick one: was Kyiv behind this or not? feels like the articles don't agree", "RFE/RL", "some might say we even cooperate")]
    // "what is kiev getting out of it": the capital that gains stands for its government, which a quote may call Ukraine.
    [InlineData("ngl whats the strategic point of this raid, like what is kiev getting out of it", "The Guardian", "meant to divert Russian attention")]
    // "the attackers" are the perpetrators; "british military intel" is the UK's defence ministry.
    [InlineData("what did british military intel reckon about who the attackers really were?", "FISM News", "the perpetrators were likely anti-regime Russians")]
    // "tryna do" is "trying to do": what they were trying to do is their aim.
    [InlineData("yo wat were the raiders tryna do lol", "RFE/RL", "intended to inspire Russians to rise up")]
    // A sentence that states an aim ("they were creating …") says what "trying to achieve" asks, in other words.
    [InlineData("what are these guys even trying to achieve by going in there", "Uganda Online Media", "a demilitarised zone on the border")]
    // "in this raid" is the setting: the estimate of the group's size need not name the raid.
    [InlineData("ngl how many dudes were even in this raid, like ballpark", "The Guardian", "number of militia fighters at 80")]
    // A quote that counts the fighters answers however the question puts the rest ("crossed over"); "came under attack …
    // in one of the largest raids" counts no attackers, though "attack" and "attackers" share a stem.
    [InlineData("morning all, does anyone know how many of these militia guys actually crossed over?", "The Guardian", "number of militia fighters at 80")]
    // "chased … back" is what news calls "pushed … towards the border"; "Moscow's military" gives its figures through the
    // defence ministry; "talked to reporters" is a spokesman at a briefing.
    [InlineData("did the russians say they chased the rest of the attackers back over the border?", "Military Cognizance", "pushed the remaining members of this armed group")]
    [InlineData("What death toll did Moscow's military put on the attackers?", "The Guardian", "more than 70 “Ukrainian fighters had been killed")]
    [InlineData("who was the government guy in washington who talked to reporters about it", "RFE/RL", "State Department spokesman Matthew Miller")]
    // "the emergency rules they slapped on the region" are the counter-terrorism regime.
    [InlineData("when did they scrap the emergency lockdown rules they slapped on the region?", "The Guardian", "cancelling a “counter-terrorism regime”")]
    // The paraphrase is followed by his own words, opened with a straight mark and closed with a curly one.
    [InlineData("did ukraines military intel admit they work w these guys or nah", "RFE/RL", "some might say we even cooperate,” Chernyak said.")]
    public async Task Everyday_words_for_what_news_calls_otherwise_find_it(string question, string outlet, string quote) =>
        Assert.True(Quotes(await Ask(question), outlet, quote));

    [Fact]
    public async Task A_quotation_after_a_summary_of_it_is_about_what_the_summary_says()
    {
        // "In Washington, officials cast doubt over claims that US-supplied weapons had been used." then the quotation:
        // it never says "weapons" itself, but it is the Guardian's answer, spoken by Miller (not "as we've said").
        var answer = await Ask("What did the US State Department say about the weapons?");
        var guardian = Assert.Single(answer.Citations, c => c.Outlet == "The Guardian" && c.Quote.Contains("we’re sceptical at this time"));
        Assert.Equal("the state department’s spokesperson, Matthew Miller", guardian.Speaker);
    }

    [Fact]
    public async Task A_count_no_source_gives_is_said_so_with_the_quotes_that_say_it_happened()
    {
        var answer = await Ask("bruh how many ppl got evacuated from graivoron");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.StartsWith("No source gives a number for this.", answer.Summary);
        Assert.True(Quotes(answer, "FISM News", "evacuated residents from Belgorod’s Graivoron district"));
        // A count that is given is not said to be missing.
        Assert.DoesNotContain("No source gives a number", (await Ask("how many ppl got evacuated from belgorod")).Summary);
    }

    [Fact]
    public async Task A_question_that_names_nothing_is_about_the_incident()
    {
        var why = await Ask("lol why did they even do it");
        Assert.Equal(AnswerStatus.Answered, why.Status);
        Assert.True(Quotes(why, "RFE/RL", "intended to inspire Russians to rise up"));
        var who = await Ask("so who did it??");
        Assert.True(Quotes(who, "Uganda Online Media", "say they were behind the incursion"));
        // A bare question word asks it of the incident; nothing to ask about at all is still told so.
        Assert.True(Quotes(await Ask("why tho"), "RFE/RL", "intended to inspire Russians to rise up"));
        // "when" leads with a quote that dates the raid, not with "Details of the raid … emerge on Tuesday evening".
        var when = (await Ask("when was this")).Summary;
        Assert.Contains("raided", when);
        Assert.DoesNotContain("Details of the raid", when);
        Assert.Equal(AnswerStatus.NotCovered, (await Ask("what?")).Status);
        Assert.Equal(AnswerStatus.NotCovered, (await Ask("how are you doing today?")).Status);
    }

    [Fact]
    public async Task How_long_the_raid_lasted_leads_with_how_long_the_fighting_went_on()
    {
        var answer = await Ask("how long did the raid last");
        Assert.StartsWith("Military Cognizance reports: “The skirmishes between Russian security forces and the armed group lasted two days.”", answer.Summary);
        var both = await Ask("when did it start? how long did it last?");
        Assert.DoesNotContain("evacuated", both.Summary);
    }

    [Fact]
    public async Task A_name_no_source_has_is_reported_without_its_possessive()
    {
        var answer = await Ask("my cousin says budanow's guys planned the whole thing, ukraine says no?");
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(["budanow"], answer.Missing);
        Assert.Contains("“budanow”", answer.Text);
    }

    [Fact]
    public async Task A_claim_to_check_and_a_question_after_it_are_both_answered()
    {
        var answer = await Ask("is it true that us humvees were used? what did the state dept guy say");
        Assert.True(Quotes(answer, "Uganda Online Media", "including US-made Humvees"));
        Assert.True(Quotes(answer, "The Guardian", "sceptical at this time of the veracity"));
    }

    [Fact]
    public async Task Outlets_named_that_have_nothing_on_it_are_said_to_have_nothing()
    {
        var answer = await Ask("how many ppl injured, rferl or guardian numbers?");
        Assert.True(Quotes(answer, "Military Cognizance", "12 people injured"));
        Assert.Equal(["RFE/RL", "The Guardian"], answer.OutletsWithNothing);
        Assert.Contains("No quote from RFE/RL or The Guardian answers this.", answer.Text);
    }

    [Fact]
    public async Task Asked_what_an_outlet_said_that_it_does_not_say_the_answer_names_the_outlets_that_do()
    {
        var answer = await Ask("what did rferl say about how many people were evacuated from belgorod?");
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(answer.Citations);
        Assert.StartsWith("No quote from RFE/RL answers this. Military Cognizance", answer.Text);
        Assert.Contains("ask without naming RFE/RL to read their quotes", answer.Text);
        // Named for what it says, the outlet is quoted as before.
        var said = await Ask("what did the guardian say about how many people were evacuated?");
        Assert.Equal(AnswerStatus.Answered, said.Status);
        Assert.Equal("The Guardian", said.Citations[0].Outlet);
    }

    [Fact]
    public async Task Two_count_questions_about_one_subject_are_answered_each()
    {
        // "it" in "did russia say it destroyed" is Russia: the first part asks on its own, and the second is asked about it too.
        var answer = await Ask("how many vehicles did russia say it destroyed, and how many attackers did it say it killed?");
        Assert.True(Quotes(answer, "Military Cognizance", "destroyed 4 armored fighting vehicles"));
        Assert.True(Quotes(answer, "Uganda Online Media", "Russia says 70 attackers were killed"));
    }

    [Fact]
    public async Task Two_people_asked_what_they_said_are_each_quoted()
    {
        // No passage quotes both: each is asked about on his own.
        var answer = await Ask("what did peskoff n podoliak say lol");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Speaker?.Contains("Peskov") == true);
        Assert.Contains(answer.Citations, c => c.Speaker?.Contains("Podolyak") == true);
    }

    [Fact]
    public async Task What_came_after_the_reports_is_not_covered_and_the_answer_says_why()
    {
        var answer = await Ask("did Kiev ever get Bakhmut back later in 2023?");
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.StartsWith("The sources report the incident as it happened; none of them can say what came later.", answer.Text);
    }

    [Fact]
    public async Task The_name_of_someone_no_source_names_is_not_covered_by_the_name_of_who_said_it() =>
        // "Regional governor Vyacheslav Gladkov said one civilian had died": his name is not hers.
        Assert.Equal(AnswerStatus.NotCovered, (await Ask("whats the name of the civilian who died? anyone know who it was")).Status);

    [Fact]
    public async Task A_distance_no_source_gives_is_not_covered() =>
        Assert.Equal(AnswerStatus.NotCovered, (await Ask("how far is kozinka from the ukr border in km??")).Status);

    [Fact]
    public async Task A_context_before_a_colon_is_chatter_and_a_figure_opening_a_quote_is_lower_case_in_the_summary()
    {
        var answer = await Ask("my group chat is literally arguing about this rn: was it hundreds or thousands of locals moved out?");
        Assert.True(Quotes(answer, "The Guardian", "Hundreds of Belgorod residents were evacuated"));
        Assert.True(Quotes(answer, "Military Cognizance", "evacuate thousands of people"));
        Assert.EndsWith("The Guardian says hundreds.", answer.Summary);
    }

    [Fact]
    public async Task What_someone_said_about_the_setting_is_answered_by_their_words_without_it()
    {
        var answer = await Ask("what did podoliak tell reporters about belgorod");
        Assert.Contains(answer.Citations, c => c.Outlet == "The Guardian" && c.Quote.Contains("objective reality") && c.Speaker?.Contains("Podolyak") == true);
    }

    [Fact]
    public async Task A_figure_someone_gave_is_shown_from_every_outlet_that_reports_it()
    {
        var answer = await Ask("how many fighters did the kremlin say it killed");
        Assert.True(Quotes(answer, "Uganda Online Media", "Russia says 70 attackers were killed"));
        Assert.True(Quotes(answer, "Military Cognizance", "eliminated more than 70"));
    }

    [Fact]
    public async Task When_something_stopped_is_not_answered_by_when_it_began()
    {
        var stop = await Ask("when did the fighting stop?");
        Assert.DoesNotContain(stop.Citations, c => c.Quote.Contains("began on Monday"));
        var start = await Ask("when did the fighting start?");
        Assert.True(Quotes(start, "The Guardian", "The fighting began on Monday."));
    }

    [Fact]
    public async Task A_quotation_of_several_sentences_is_quoted_whole()
    {
        var answer = await Ask("what did miller say about the american weapons");
        Assert.Contains(answer.Citations, c => c.Outlet == "RFE/RL" && c.Quote.Contains("We've seen some of the reports")
            && c.Quote.Contains("skeptical at this time of the veracity") && c.Speaker?.Contains("Matthew Miller") == true);
        // An "I said" inside the quotation does not make it someone else's words: its speaker is the one named at its end.
        var guardian = await Ask("did the state department say anything about the weapons reports");
        Assert.Contains(guardian.Citations, c => c.Outlet == "The Guardian" && c.Quote.Contains("sceptical at this time of the veracity")
            && c.Speaker?.Contains("Matthew Miller") == true);
    }

    [Fact]
    public async Task A_shortened_quote_in_the_first_line_has_no_stray_closing_mark()
    {
        var answer = await Ask("ok so who is podoliak n what did he tweet lol");
        Assert.StartsWith("FISM News quotes Ukrainian presidential adviser Mykhailo Podolyak: “Ukraine is watching", answer.Summary);
        Assert.DoesNotContain("” …", answer.Summary);
    }

    [Fact]
    public async Task Working_with_someone_is_cooperating()
    {
        var answer = await Ask("did ukrainian military intelligence admit working with the fighters?");
        Assert.Contains(answer.Citations, c => c.Outlet == "RFE/RL" && c.Speaker?.Contains("Chernyak") == true);
    }

    [Fact]
    public async Task What_other_channels_say_is_chatter_around_the_question()
    {
        var answer = await Ask("wounded count?? one telegram channel says 8, the other says 12. which is it");
        Assert.True(Quotes(answer, "Military Cognizance", "12 people injured"));
        Assert.True(Quotes(answer, "FISM News", "at least eight"));
    }

    [Fact]
    public async Task A_name_spelled_another_way_finds_its_speaker()
    {
        var answer = await Ask("what did peskow say??");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Outlet == "The Guardian" && c.Speaker?.Contains("Peskov") == true);
    }

    [Fact]
    public async Task Who_runs_a_group_is_answered_by_who_leads_it()
    {
        var answer = await Ask("who actually runs the legion of free russia, some exiled opposition guy?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "FISM News", "led by opposition figure"));
    }

    [Fact]
    public async Task What_people_are_saying_is_chatter_not_part_of_the_question()
    {
        var answer = await Ask("what armoured vehicles were they driving, ppl saying american ones?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Humvees") || c.Quote.Contains("MaxxPro"));
    }

    [Fact]
    public async Task Figures_the_asker_has_seen_do_not_hide_a_source_that_gives_none()
    {
        var answer = await Ask("how many ppl got injured in belgorod? im seeing diffrent numbers evrywhere, 8? 12?");
        Assert.True(Quotes(answer, "Military Cognizance", "12 people injured"));
        Assert.True(Quotes(answer, "Uganda Online Media", "several others were injured"));
    }

    [Fact]
    public async Task A_capital_that_speaks_is_its_government()
    {
        var answer = await Ask("yo how many of the raiders did moscow say it wiped out?? someone said 70 but idk if thats legit");
        Assert.True(Quotes(answer, "Uganda Online Media", "Russia says 70 attackers were killed"));
        Assert.True(Quotes(answer, "The Guardian", "more than 70"));
    }

    [Fact]
    public async Task The_words_of_an_embedded_tweet_are_evidence()
    {
        var answer = await Ask("someone posted that the legion said the red cross was helping them liberate belgorod ??? wtf is that real");
        Assert.True(Quotes(answer, "FISM News", "together with the Red Cross"));
    }

    [Fact]
    public async Task A_who_question_needs_a_quote_that_says_what_it_asks_not_just_the_names_in_it()
    {
        Assert.Equal(AnswerStatus.NotCovered, (await Ask("who is the leder of the russian volunteer corps, whats his actual name")).Status);
        var who = await Ask("who is bogdanoff, the guy from the raid video");
        Assert.True(Quotes(who, "Military Cognizance", "Ilya Bogdanov"));
    }

    [Fact]
    public async Task How_many_people_died_counts_soldiers_too()
    {
        var answer = await Ask("how many ppl actually died in this thing, getting diff numbers everywhere");
        Assert.True(Quotes(answer, "The Guardian", "deaths of two Russian soldiers"));
        Assert.True(Quotes(answer, "Uganda Online Media", "one civilian had died"));
    }

    [Fact]
    public async Task A_claim_naming_two_parties_is_answered_by_a_quote_on_either()
    {
        var answer = await Ask("fwd: ukrainian army units invaded belgorod and kyiv admitted it. legit?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("not involved") || c.Quote.Contains("denies involvement") || c.Quote.Contains("denied any connection"));
    }

    [Fact]
    public async Task An_abbreviation_from_the_alias_table_is_the_thing_it_stands_for()
    {
        var answer = await Ask("when did Hladkov end the CTO regime");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "The Guardian", "counter-terrorism regime"));
    }

    [Fact]
    public async Task A_transliteration_not_in_the_alias_table_is_matched()
    {
        var answer = await Ask("What did Hladkov say about the drones?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Speaker?.Contains("Gladkov") == true || c.Quote.Contains("Gladkov"));
    }

    [Fact]
    public async Task Typos_are_corrected_against_the_corpus()
    {
        var answer = await Ask("how many civillians were kiled?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "Uganda Online Media", "one civilian had died") || Quotes(answer, "The Guardian", "a civilian had been killed"));
    }

    [Fact]
    public async Task The_country_typed_in_lower_case_is_the_country()
    {
        var answer = await Ask("did the us give them humvees or nah");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("Humvees") && (c.Quote.Contains("US-made") || c.Quote.Contains("U.S.-made")));
    }

    [Fact]
    public async Task A_paraphrase_in_other_words_is_answered_by_meaning()
    {
        var answer = await Ask("did the americans say they had anything to do with it?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("encourage or enable") || c.Quote.Contains("sceptical") || c.Quote.Contains("skeptical"));
    }

    [Fact]
    public async Task A_count_question_is_answered_by_a_count_of_what_it_asks_about()
    {
        var humvees = await Ask("How many Humvees did Euromaidan Press say took part?");
        Assert.True(Quotes(humvees, "Military Cognizance", "9 Humvees"));
        // Counted after the noun ("the number of militia fighters at 80"), and "a civilian" is one.
        var fighters = await Ask("what estimates were given for the number of fighters?");
        Assert.True(Quotes(fighters, "The Guardian", "militia fighters at 80"));
        var civilians = await Ask("How many civilians were killed?");
        Assert.True(Quotes(civilians, "The Guardian", "a civilian had been killed"));
    }

    [Fact]
    public async Task The_covered_part_is_answered_and_the_rest_listed_missing()
    {
        var answer = await Ask("what did Zelensky and Peskov say about the raid?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("Zelensky", answer.Missing);
        Assert.Contains(answer.Citations, c => c.Speaker?.Contains("Peskov") == true);
    }

    [Theory]
    [InlineData("will they attack belgorod again?")]
    [InlineData("u think the RVC will do another raid next month")]
    [InlineData("is belgorod a nice place to visit lol")]
    public async Task Forecasts_opinions_and_advice_are_refused_as_such(string question)
    {
        var answer = await Ask(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Equal(AnswerText.BeyondReports, answer.Text);
    }

    [Fact]
    public async Task What_someone_said_about_the_future_is_still_answered()
    {
        var answer = await Ask("did gladkov say it was safe to return home?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "FISM News", "not safe to return"));
    }

    [Fact]
    public async Task Going_back_is_returning()
    {
        var answer = await Ask("is it safe to go back to graivoron now? my gran lives there");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "FISM News", "not safe to return"));
    }

    [Fact]
    public async Task An_unknown_name_listed_with_the_governor_leaves_the_governor_answered()
    {
        var answer = await Ask("what did shoygu and the belgorod gov say abt the drones");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains("shoygu", answer.Missing);
        Assert.Contains(answer.Citations, c => c.Quote.Contains("drone", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("What is the weather in Belgorod today?")]
    [InlineData("what did biden say about the raid")]
    [InlineData("Who won the 2022 World Cup?")]
    [InlineData("how many ppl got hurt when those drones hit the russian capital?")]
    [InlineData("how much did the humvees cost?")]
    [InlineData("how many tanks did russia lose in bakhmut?")]
    [InlineData("what is the population of belgorod?")]
    [InlineData("how old is gladkov anyway lol")]
    [InlineData("wat brand of drones hit the fsb building?")]
    [InlineData("whats gladkov's salary as governor")]
    [InlineData("did anything else happen in belgorod in july?")]
    [InlineData("fwd: after Graivoron, Shebekino got shelled for weeks. real?")]
    [InlineData("when did gladkov become governor of belgorod?")]
    public async Task Questions_the_articles_do_not_cover_are_refused(string question)
    {
        var answer = await Ask(question);
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task A_question_in_another_language_gets_one_line_in_english()
    {
        var answer = await Ask("Сколько человек пострадало?");
        Assert.Equal(AnswerStatus.Rejected, answer.Status);
        Assert.Contains("only answer in English", answer.Text);
        Assert.DoesNotContain("Сколько", answer.Text);
    }

    [Fact]
    public async Task A_forwarded_claim_shows_what_each_outlet_says_without_a_verdict()
    {
        var answer = await Ask("my friend says kyiv was behind the raid, true?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Null(answer.Verdict);
        Assert.Contains(answer.Citations, c => c.Stance == "denies");
        Assert.Contains("denial", answer.Summary);
    }

    [Fact]
    public async Task Use_is_not_us()
    {
        var answer = await Ask("did they use US weapons");
        Assert.Contains(answer.Citations, c => c.Quote.Contains("US-supplied weapons") || c.Quote.Contains("U.S.-supplied weapons"));
    }

    [Fact]
    public async Task Shelled_is_asked_about_not_read_as_she_will()
    {
        var answer = await Ask("wat was the name of the base that got shelld, the one they used to keep nukes in?");
        Assert.True(Quotes(answer, "The Guardian", "Belgorod-22"));
    }

    [Fact]
    public async Task A_claim_about_what_someone_said_shows_every_outlet_reporting_it()
    {
        var answer = await Ask("Claim: Russia's defence ministry said it killed more than 70 of the attackers");
        Assert.True(Quotes(answer, "The Guardian", "more than 70"));
        Assert.True(Quotes(answer, "Uganda Online Media", "70 attackers were killed"));
    }

    [Fact]
    public async Task A_count_of_other_things_does_not_answer_how_many_drones()
    {
        var answer = await Ask("how many drones hit moscow last week?");
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
    }

    [Fact]
    public async Task A_word_no_article_uses_finds_the_news_word_for_it()
    {
        var answer = await Ask("hey quick q, those pics of smashed houses near the border, what was the town called?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "RFE/RL", "Gora Podol"));
    }

    [Fact]
    public async Task Moscow_counting_the_attackers_is_answered_with_its_figure_not_with_an_attack()
    {
        var answer = await Ask("how many of the attackers did moscow say it took out?");
        Assert.All(answer.Citations, c => Assert.Matches(@"\d|dozens", c.Quote));
    }

    [Fact]
    public async Task Who_takes_the_next_sentence_when_the_quote_names_nobody()
    {
        var answer = await Ask("who was that guy in the vid braggin they nabbed russian APCs?");
        Assert.True(Quotes(answer, "Military Cognizance", "Ilya Bogdanov"));
    }

    [Fact]
    public async Task A_forwarded_quote_in_other_words_is_found_by_its_meaning()
    {
        var answer = await Ask("lmao fwd: 'ukrainian official says u can buy tanks at any russian army shop'. real quote??");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "FISM News", "tanks are sold at any"));
    }

    [Fact]
    public async Task A_yes_no_question_outlets_disagree_on_shows_both_sides_of_one_outlet()
    {
        var answer = await Ask("Good morning! Quick one: was Kyiv behind this or not? feels like the articles don't agree");
        var uganda = answer.Citations.Where(c => c.Outlet == "Uganda Online Media").ToList();
        Assert.Contains(uganda, c => c.Stance == "denies" && c.Quote.Contains("Kyiv denies involvement"));
        Assert.Contains(uganda, c => c.Stance is null);
    }

    [Fact]
    public async Task The_governor_is_the_governor_named_elsewhere_in_the_article()
    {
        var answer = await Ask("what did hladkov tell ppl abt going back home");
        Assert.True(Quotes(answer, "The Guardian", "warned people not to return"));
    }

    [Fact]
    public async Task A_title_and_a_name_side_by_side_are_one_name_in_a_list()
    {
        var answer = await Ask("Did Governor Gladkov and Defence Minister Shoigu comment on the damage caused?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(["Defence Minister Shoigu"], answer.Missing);
    }

    [Fact]
    public async Task What_a_country_said_includes_its_officials_quoted_closer_to_the_question()
    {
        var answer = await Ask("what did washington say abt it tbh, did they admit it was their kit being used");
        Assert.True(Quotes(answer, "The Guardian", "officials cast doubt"));
    }

    [Fact]
    public async Task Is_it_over_asks_whether_it_ended()
    {
        var answer = await Ask("is it over rn or are they still fighting in there");
        Assert.True(Quotes(answer, "Uganda Online Media", "ended in the defeat"));
    }

    [Fact]
    public async Task How_many_died_is_not_answered_with_how_many_fled()
    {
        var answer = await Ask("yo how many ppl died in belgorod smh");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("evacuat", StringComparison.OrdinalIgnoreCase) && !c.Quote.Contains("killed"));
        Assert.True(Quotes(answer, "The Guardian", "a civilian had been killed"));
    }

    [Fact]
    public async Task An_everyday_word_the_articles_use_once_does_not_outweigh_the_names()
    {
        var answer = await Ask("is the freedom of russia legion run by ilya ponomarev?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "FISM News", "Ilya Pnomarav"));
    }

    [Fact]
    public async Task A_question_of_its_own_about_an_unknown_name_is_set_aside_and_the_rest_answered()
    {
        var answer = await Ask("was the fsb building in belgorod actually hit by drones? + what did fsb boss bortnikov say");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "FISM News", "drones struck the Russian FSB"));
        Assert.Equal(["bortnikov"], answer.Missing);
        var miller = await Ask("what did matthew miller say about ukraine deciding how to fight, and did zelensky respond to the raid?");
        Assert.True(Quotes(miller, "Uganda Online Media", "up to Ukraine to decide how to conduct"));
        Assert.Equal(["zelensky"], miller.Missing);
        // Beside a question of its own about something the sources mention, though it names nobody they mention.
        var groups = await Ask("fwd: rvc commander denis kapustin says they still hold a piece of russia. what did the groups claim + what did kapustin say?");
        Assert.Equal(AnswerStatus.Answered, groups.Status);
        Assert.Contains(groups.Citations, c => c.Quote.Contains("claimed responsibility"));
        Assert.Contains("kapustin", groups.Missing);
    }

    [Fact]
    public async Task An_unknown_name_in_the_same_question_still_makes_it_not_covered()
    {
        var answer = await Ask("what did bortnikov say about the drones that hit the fsb building?");
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
        var surname = await Ask("did reznikow the ukrainian defense minister say anything about belgorod");
        Assert.Equal(AnswerStatus.NotCovered, surname.Status);
    }

    [Fact]
    public async Task Two_questions_about_two_people_get_both_answered()
    {
        var answer = await Ask("what did peskov say, and what did podolyak say?");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Contains(answer.Citations, c => c.Speaker?.Contains("Peskov") == true);
        Assert.Contains(answer.Citations, c => c.Speaker?.Contains("Podolyak") == true);
    }

    [Fact]
    public async Task A_question_with_one_word_of_its_own_stands_apart_from_one_about_an_unknown_name()
    {
        // "how many fighters were there?" asks on its own ("there" does not point back here), so the think tank no
        // source mentions is reported missing instead of refusing the whole message; the same beside a known name.
        var answer = await Ask("what did the guardian say about how many fighters there were? and what did the ISW think tank estimate");
        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.True(Quotes(answer, "The Guardian", "number of militia fighters at 80"));
        Assert.Contains("ISW", answer.Missing);
        var both = await Ask("how many fighters were there? and what did Peskov say");
        Assert.True(Quotes(both, "The Guardian", "number of militia fighters at 80"));
        Assert.Contains(both.Citations, c => c.Speaker?.Contains("Peskov") == true);
    }

    [Fact]
    public async Task An_outlet_named_in_the_question_is_quoted_first()
    {
        var answer = await Ask("podoliak's tank joke on fism, what did he say exactly lol");
        Assert.Equal("FISM News", answer.Citations[0].Outlet);
        Assert.Contains("tanks are sold at any Russian military store", answer.Citations[0].Quote);
    }

    [Fact]
    public async Task A_place_typed_as_its_russian_adjective_is_the_place()
    {
        var answer = await Ask("gas pipline damaged in grayvoronsky raion? which district exactly + when");
        Assert.True(Quotes(answer, "Uganda Online Media", "gas pipeline was damaged in the Graivoron district"));
    }

    [Fact]
    public async Task How_many_took_part_is_not_answered_by_how_many_were_killed()
    {
        var answer = await Ask("ngl how many fighters were actually in that belgorod thing? i keep seeing wildly diff numbers");
        Assert.True(Quotes(answer, "The Guardian", "number of militia fighters at 80"));
        Assert.DoesNotContain(answer.Citations, c => c.Outlet == "The Guardian" && c.Quote.Contains("had been killed"));
    }

    [Fact]
    public async Task A_reported_summary_brings_the_quotation_that_backs_it()
    {
        var answer = await Ask("fwd: \"STATE DEPT CONFIRMS american weapons used inside russia!!\" ... is this real or fake??");
        Assert.Contains(answer.Citations, c => c.Outlet == "The Guardian" && c.Quote.StartsWith("In Washington, officials cast doubt"));
        Assert.Contains(answer.Citations, c => c.Outlet == "The Guardian" && c.Quote.Contains("sceptical at this time of the veracity")
            && c.Speaker?.Contains("Matthew Miller") == true);
    }

    [Fact]
    public async Task A_second_question_after_also_is_answered_too()
    {
        var answer = await Ask("what did the rvc video show w/ the captured armored vehicle? also how many ppl got evacuated");
        Assert.True(Quotes(answer, "FISM News", "captured Russian armored vehicle"));
        Assert.Contains(answer.Citations, c => c.Quote.Contains("evacuat", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_speaker_named_after_a_sentence_does_not_speak_for_it()
    {
        var answer = await Ask("fwd: \"the US gave the raiders humvees and approved the attack!!\" is this true");
        var guardian = Assert.Single(answer.Citations, c => c.Outlet == "The Guardian" && c.Quote.StartsWith("While Ukraine has denied"));
        Assert.Null(guardian.Speaker);
    }

    [Fact]
    public async Task When_it_started_is_answered_by_the_sentences_that_date_the_raid()
    {
        var answer = await Ask("wait when did it kick off? monday or sunday lol");
        Assert.True(Quotes(answer, "Military Cognizance", "on May 22"));
    }

    [Fact]
    public async Task How_long_is_answered_only_by_quotes_that_give_a_length_of_time()
    {
        var answer = await Ask("how long did the shooting between the raiders and russian forces go on for tbh");
        Assert.True(Quotes(answer, "Military Cognizance", "lasted two days"));
        Assert.DoesNotContain(answer.Citations, c => c.Quote.Contains("attack helicopter"));
        var bakhmut = await Ask("my uncle says the bakhmut fight russia was bragging about lasted like 2 yrs 😂 how long was it actually?");
        Assert.True(Quotes(bakhmut, "FISM News", "10-month battle for Bakhmut"));
    }

    [Fact]
    public async Task Asking_for_a_name_is_answered_by_a_name_or_refused()
    {
        var guard = await Ask("whats the name of the border gaurd in the grayvoron outpost video");
        Assert.Equal(AnswerStatus.NotCovered, guard.Status);
        var official = await Ask("whats the name of the grayvoron deputy district head who got wounded? is he ok now?");
        Assert.Equal(AnswerStatus.NotCovered, official.Status);
        var base_ = await Ask("wat was the name of the base that got shelld, the one they used to keep nukes in?");
        Assert.True(Quotes(base_, "The Guardian", "Belgorod-22"));
    }

    [Fact]
    public async Task The_thing_asked_of_a_place_must_be_stated()
    {
        var answer = await Ask("whats the populaton of kozinka btw");
        Assert.Equal(AnswerStatus.NotCovered, answer.Status);
    }

    [Fact]
    public async Task A_speaker_s_quote_goes_on_with_the_next_quotation_he_is_given()
    {
        var answer = await Ask("podoliak tweeted smth sarcastic right? what was it");
        Assert.True(Quotes(answer, "FISM News", "tanks are sold at any Russian military store"));
    }

    [Fact]
    public async Task A_quote_that_points_back_is_about_what_the_sentence_before_names()
    {
        var answer = await Ask("when exactly was the counter-terrorism regime lifted in belgorod");
        Assert.True(Quotes(answer, "Uganda Online Media", "The measures were only lifted the following afternoon"));
        // What it points back to is the operation the sentence before names, not that sentence's other words ("raid").
        var count = await Ask("ngl how many dudes were even in this raid, like ballpark");
        Assert.DoesNotContain(count.Citations, c => c.Quote.StartsWith("The measures were only lifted", StringComparison.Ordinal));
    }
}
