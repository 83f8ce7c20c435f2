using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using FactCheckBot.Text;

namespace FactCheckBot.Tests.Retrieval;

public sealed class QuestionTests
{
    private static readonly AliasIndex.Snapshot Aliases = AliasIndex.Build((0, 0),
        [new AliasRow(1, "Dmitry Peskov", "Peskov", "test", "2023-05-23T00:00:00.000Z")]);

    private static readonly Vocabulary.Snapshot Words = new((0, 0), new Dictionary<string, int> { ["peskov"] = 2, ["attack"] = 20 });

    [Theory]
    [InlineData("When did the raid start?", QuestionType.When)]
    [InlineData("what day did it kick off", QuestionType.When)]
    [InlineData("How long did the fighting last?", QuestionType.HowLong)]
    [InlineData("for how many days did it go on", QuestionType.HowLong)]
    [InlineData("How many people were injured?", QuestionType.HowMany)]
    [InlineData("how much damage was done", QuestionType.HowMany)]
    [InlineData("Who carried out the raid?", QuestionType.Who)]
    [InlineData("which group claimed it", QuestionType.Who)]
    [InlineData("Why did they attack?", QuestionType.Why)]
    [InlineData("what were they trying to achieve", QuestionType.Why)]
    [InlineData("whats the strategic point of this raid, what is kiev getting out of it", QuestionType.Why)]
    [InlineData("which outfits said they did it", QuestionType.Who)]
    [InlineData("Where did the fighting happen?", QuestionType.Where)]
    [InlineData("which villages were hit", QuestionType.Where)]
    [InlineData("What did Peskov say?", QuestionType.Other)]
    [InlineData("my uncle says the guys who went into belgorod were neo-nazis", QuestionType.Other)]
    [InlineData("the fighters who crossed were russians?", QuestionType.Other)]
    public void Question_words_give_the_kind_of_answer_wanted(string text, QuestionType type) =>
        Assert.Equal(type, QuestionAnalyzer.Analyze(text, Aliases).Type);

    [Fact]
    public void A_misspelt_name_is_matched_through_the_corpus_and_its_aliases()
    {
        var question = QuestionAnalyzer.Analyze("what did peskow say about the atack", Aliases, Words);
        Assert.Contains(question.Concepts, c => c.IsName && c.Key.StartsWith("alias:") && c.Variants.Any(v => v.SequenceEqual(["peskov"])));
        Assert.Equal(["peskow→peskov", "atack→attack"], question.Corrections.Select(c => $"{c.Typed}→{c.Corpus}"));
        Assert.Equal("what did peskov say about the attack", question.Rewrite());
    }

    [Fact]
    public void A_name_spelled_unlike_any_article_is_matched_through_the_alias_table()
    {
        var aliases = AliasIndex.Build((0, 0), [new AliasRow(1, "Ilya Ponomarev", "Ponomarev", "test", "2023-05-23T00:00:00.000Z")]);
        var question = QuestionAnalyzer.Analyze("is Ponomaryov the guy running the legion?", aliases, Words);
        Assert.Equal(["Ponomaryov→ponomarev"], question.Corrections.Select(c => $"{c.Typed}→{c.Corpus}"));
        Assert.Contains(question.Concepts, c => c.IsName && c.Key.StartsWith("alias:"));
    }

    [Fact]
    public void A_capitalised_typo_that_english_also_has_is_the_name_it_is_one_letter_off()
    {
        var aliases = AliasIndex.Build((0, 0), [new AliasRow(1, "Matthew Miller", "Miller", "test", "2023-05-23T00:00:00.000Z")]);
        var question = QuestionAnalyzer.Analyze("did the state department guy, Miler, confirm it?", aliases, Words);
        Assert.Equal(["Miler→miller"], question.Corrections.Select(c => $"{c.Typed}→{c.Corpus}"));
        // Listed after a name, a typo of a corpus word is still corrected, not taken for an unknown name.
        var listed = QuestionAnalyzer.Analyze("were those Peskov and atack claims true", Aliases, Words);
        Assert.Equal(["atack→attack"], listed.Corrections.Select(c => $"{c.Typed}→{c.Corpus}"));
        // Lower case, the English word stays what it is.
        Assert.Empty(QuestionAnalyzer.Analyze("is a miler a runner?", aliases, Words).Corrections);
    }

    [Fact]
    public void An_unknown_lower_case_name_where_a_speaker_stands_is_a_name()
    {
        var question = QuestionAnalyzer.Analyze("what did zelensky say", Aliases, Words);
        Assert.True(Assert.Single(question.Concepts).IsName);
    }

    [Theory]
    [InlineData("how many raiders did Moscow say it wiped out", true)]
    [InlineData("why would Kyiv even want this", true)]
    [InlineData("how many drones hit Moscow last week", false)]
    [InlineData("are trains from Moscow running", false)]
    public void A_capital_that_speaks_or_acts_is_its_government(string text, bool government)
    {
        var capital = QuestionAnalyzer.Analyze(text, Aliases, Words).Concepts.Single(c => c.Label is "Moscow" or "Kyiv");
        Assert.Equal(government, capital.Variants.Any(v => v.SequenceEqual(["russia"]) || v.SequenceEqual(["ukrain"])));
    }

    [Fact]
    public void A_closed_compound_is_also_found_as_its_two_words()
    {
        var words = new Vocabulary.Snapshot((0, 0), new Dictionary<string, int> { ["counter"] = 3, ["offensive"] = 2 });
        var concept = QuestionAnalyzer.Analyze("what about the counteroffensive", Aliases, words).Concepts.Single();
        Assert.Contains(concept.Variants, v => v.SequenceEqual(["counter", "offens"]));
    }

    [Fact]
    public void A_name_typed_with_its_words_in_another_order_is_that_name()
    {
        var aliases = AliasIndex.Build((0, 0), [new AliasRow(1, "Free Russia Legion", "Legion of Free Russia", "test", "2023-05-23T00:00:00.000Z")]);
        var reordered = QuestionAnalyzer.Analyze("what did the Legion Free Russia post", aliases, Words);
        var name = Assert.Single(reordered.Concepts, c => c.IsName);
        Assert.Equal("Legion Free Russia", name.Label);
        Assert.Contains(name.Variants, v => v.SequenceEqual(Terms.TermsOf("Free Russia Legion")));
    }

    [Fact]
    public void A_rare_english_word_listed_before_a_name_is_a_name()
    {
        var aliases = AliasIndex.Build((0, 0), [new AliasRow(1, "Matthew Miller", "Miller", "test", "2023-05-23T00:00:00.000Z")]);
        var words = new Vocabulary.Snapshot((0, 0), new Dictionary<string, int> { ["miller"] = 2, ["weapons"] = 4 });
        var listed = QuestionAnalyzer.Analyze("did kirby or miller comment on the weapons", aliases, words);
        Assert.True(listed.Concepts.Any(c => c.IsName && c.Label == "kirby"), string.Join(", ", listed.Concepts.Select(c => c.Label + ":" + c.IsName)));
        // An everyday word in the same place is not: "did the army or miller comment".
        var everyday = QuestionAnalyzer.Analyze("did the army or miller comment on the weapons", aliases, words);
        Assert.DoesNotContain(everyday.Concepts, c => c.IsName && c.Label == "army");
    }

    [Fact]
    public void A_first_name_and_surname_neither_corpus_nor_english_has_are_a_name_not_a_typo()
    {
        var aliases = AliasIndex.Build((0, 0), [new AliasRow(1, "Ilya Bogdanov", "Bogdanov", "test", "2023-05-23T00:00:00.000Z")]);
        var words = new Vocabulary.Snapshot((0, 0), new Dictionary<string, int> { ["bogdanov"] = 2, ["denies"] = 4 });
        var question = QuestionAnalyzer.Analyze("ilya bogdanov and denis kapustin, whats their background", aliases, words);
        Assert.True(question.Concepts.Any(c => c.IsName && c.Label == "denis kapustin"), string.Join(", ", question.Concepts.Select(c => c.Label + ":" + c.IsName)));
        Assert.Empty(question.Corrections);
    }

    [Theory]
    [InlineData("and is denis kapustin the one running it?", "denis kapustin")]
    [InlineData("did reznikow the defence minister say anything", "reznikow")]
    [InlineData("what about sergei surovikin", "sergei surovikin")]
    public void A_surname_s_ending_makes_an_unknown_lower_case_word_a_name(string text, string name)
    {
        var words = new Vocabulary.Snapshot((0, 0), new Dictionary<string, int> { ["denies"] = 4, ["defence"] = 3 });
        var question = QuestionAnalyzer.Analyze(text, Aliases, words);
        Assert.True(question.Concepts.Any(c => c.IsName && c.Label == name), string.Join(", ", question.Concepts.Select(c => c.Label + ":" + c.IsName)));
    }

    [Fact]
    public void Two_unknown_words_where_a_speaker_stands_are_one_name()
    {
        var question = QuestionAnalyzer.Analyze("and wat did john kirby say about it", Aliases, Words);
        Assert.True(question.Concepts.Any(c => c.IsName && c.Label == "john kirby"), string.Join(", ", question.Concepts.Select(c => c.Label + ":" + c.IsName)));
        var added = QuestionAnalyzer.Analyze("what did the state dept say, and what did john kirby add?", Aliases, Words);
        Assert.True(added.Concepts.Any(c => c.IsName && c.Label == "john kirby"), string.Join(", ", added.Concepts.Select(c => c.Label + ":" + c.IsName)));
    }

    [Fact]
    public void A_dropped_g_is_not_a_surname()
    {
        var question = QuestionAnalyzer.Analyze("who was that guy in the video braggin about it", Aliases, Words);
        Assert.DoesNotContain(question.Concepts, c => c.IsName);
    }

    [Fact]
    public void A_dropped_g_is_put_back_where_english_has_the_word_and_a_name_is_left_alone()
    {
        var question = QuestionAnalyzer.Analyze("how long did the shootin go on, what did putin and kapustin say", Aliases, Words);
        Assert.Equal(["shootin→shooting"], question.Corrections.Select(c => $"{c.Typed}→{c.Corpus}"));
        Assert.Contains("the shooting go on", question.Rewrite());
    }

    [Theory]
    [InlineData("what date did the raid start")]
    [InlineData("which day did the attack start")]
    public void What_date_asks_for_a_time_and_is_not_searched_for(string text)
    {
        var question = QuestionAnalyzer.Analyze(text, Aliases, Words);
        Assert.Equal(QuestionType.When, question.Type);
        Assert.DoesNotContain(question.Concepts, c => c.Label is "date" or "day");
    }

    [Fact]
    public void A_count_question_knows_what_it_counts_and_whether_it_asks_for_money()
    {
        var attackers = QuestionAnalyzer.Analyze("How many attackers were killed?", Aliases, Words);
        Assert.Contains(Terms.Normalize("fighters"), attackers.Counted);
        Assert.False(attackers.AsksForMoney);
        Assert.Contains(Terms.Normalize("fighters"), QuestionAnalyzer.Analyze("the number of fighters taking part", Aliases, Words).Counted);
        Assert.True(QuestionAnalyzer.Analyze("how much did the humvees cost?", Aliases, Words).AsksForMoney);
        Assert.Empty(QuestionAnalyzer.Analyze("how much damage was done?", Aliases, Words).Counted);
        Assert.Contains(Terms.Normalize("fighters"), QuestionAnalyzer.Analyze("how many of the attackers did moscow say it took out?", Aliases, Words).Counted);
        // A nationality says whose; the noun after it is what is counted, and capturing is what happened to it.
        var soldiers = QuestionAnalyzer.Analyze("how many russian soldiers did the rvc capture?", Aliases, Words);
        Assert.Contains(Terms.Normalize("soldiers"), soldiers.Counted);
        Assert.DoesNotContain(Terms.Normalize("russian"), soldiers.Counted);
        Assert.Equal("captured", soldiers.CountedEvent);
        Assert.Contains(Terms.Normalize("civilian"), QuestionAnalyzer.Analyze("how many civilian casualties were there?", Aliases, Words).Counted);
    }

    [Fact]
    public void A_count_of_drones_is_not_a_count_of_the_vehicles_in_a_longer_name()
    {
        var aliases = AliasIndex.Build((0, 0), [new AliasRow(1, "drones", "unmanned aerial vehicles", "test", "2023-05-23T00:00:00.000Z")]);
        var counted = QuestionAnalyzer.Analyze("how many drones hit the town?", aliases, Words).Counted;
        Assert.Contains(Terms.Normalize("drones"), counted);
        Assert.DoesNotContain(Terms.Normalize("vehicles"), counted);
    }

    [Theory]
    [InlineData("which base got shelled", "shelled")]
    [InlineData("what got hit in graivoron wed morning", "wed")]
    [InlineData("was anyone ill", "ill")]
    public void A_word_spelled_like_a_contraction_is_still_a_word(string text, string word) =>
        Assert.Contains(QuestionAnalyzer.Analyze(text, Aliases).Concepts, c => c.Variants.Any(v => v.Contains(Terms.Normalize(word))));

    [Fact]
    public void The_word_after_how_asks_and_is_not_searched_for()
    {
        var question = QuestionAnalyzer.Analyze("how long did the fighting go on", Aliases, Words);
        Assert.Equal(QuestionType.HowLong, question.Type);
        Assert.DoesNotContain(question.Concepts, c => c.Variants.Any(v => v.Contains(Terms.Normalize("long"))));
        Assert.Contains(question.Concepts, c => c.Variants.Any(v => v.Contains(Terms.Normalize("fighting"))));
    }

    [Theory]
    [InlineData("what was the town called?", false)]
    [InlineData("what's the group named?", false)]
    [InlineData("who called it a terrorist attack?", true)]
    public void Called_at_the_end_of_a_what_question_asks_for_a_name(string text, bool searched) =>
        Assert.Equal(searched, QuestionAnalyzer.Analyze(text, Aliases, Words).Concepts
            .Any(c => c.Variants.Any(v => v.Contains(Terms.Normalize("called")) || v.Contains(Terms.Normalize("named")))));

    [Theory]
    [InlineData("will they attack again?", true)]
    [InlineData("is it going to happen again", true)]
    [InlineData("do u think russia will respond", true)]
    [InlineData("is it safe to travel to belgorod", true)]
    [InlineData("what did peskov say russia will do?", false)]
    [InlineData("was it safe to return home?", false)]
    public void Forecasts_opinions_and_advice_are_asked_beyond_the_reports(string text, bool beyond) =>
        Assert.Equal(beyond, QuestionAnalyzer.Analyze(text, Aliases, Words).AsksBeyondReports);

    [Theory]
    [InlineData("did kiev ever get bakhmut back later in 2023?", true)]
    [InlineData("are nukes still kept at belgorod-22 these days?", true)]
    [InlineData("did the rdk raid again, like months after this one?", true)]
    [InlineData("what did gladkov say later that day?", false)]
    [InlineData("is it over rn or are they still fighting in there", false)]
    [InlineData("what happened afterwards in graivoron?", false)]
    [InlineData("did this happen 15 months after the invasion?", false)]
    public void What_came_after_the_reports_is_asked_beyond_them(string text, bool after) =>
        Assert.Equal(after, QuestionAnalyzer.Analyze(text, Aliases, Words).AsksAfterReports);

    [Theory]
    [InlineData("how far is kozinka from the ukr border in km??", true)]
    [InlineData("what's the distance from graivoron to the border", true)]
    [InlineData("how far did the raiders get into russia", false)]
    [InlineData("how long did the fighting last", false)]
    public void How_far_asks_for_a_distance(string text, bool asks) =>
        Assert.Equal(asks, QuestionAnalyzer.Analyze(text, Aliases, Words).AsksDistance);

    [Theory]
    [InlineData("what brand of drones were used?", "brand")]
    [InlineData("whats gladkov's salary?", "salary")]
    [InlineData("what is Belgorod famous for?", "famous")]
    [InlineData("what was the sarcastic thing he said?", null)]
    [InlineData("what did peskov say?", null)]
    public void A_what_question_knows_the_thing_it_asks_for(string text, string? focus) =>
        Assert.Equal(focus, QuestionAnalyzer.Analyze(text, Aliases, Words).Focus?.Label);

    [Fact]
    public void A_shouted_english_word_is_not_a_name() =>
        Assert.DoesNotContain(QuestionAnalyzer.Analyze("DROP TABLE attack", Aliases, Words).Concepts, c => c.IsName);

    [Fact]
    public void Numbers_are_searched_as_digits_and_words()
    {
        var concept = Assert.Single(QuestionAnalyzer.Analyze("2 soldiers", Aliases).Concepts, c => c.Label == "2");
        Assert.Contains(concept.Variants, v => v.SequenceEqual(["two"]));
    }

    [Theory]
    [InlineData("whats the name of the border guard in the video", true)]
    [InlineData("What was the name of the base that got shelled?", false)]
    [InlineData("what did the guard say", null)]
    public void A_question_for_a_name_says_whether_it_is_a_person_s(string text, bool? person)
    {
        var question = QuestionAnalyzer.Analyze(text, Aliases, Words);
        Assert.Equal(person, question.AsksName);
        Assert.DoesNotContain(question.Concepts, c => c.Label == "name");
    }

    [Fact]
    public void How_long_it_lasted_asks_with_last_and_does_not_search_for_it() =>
        Assert.DoesNotContain(QuestionAnalyzer.Analyze("how long did the fighting last?", Aliases, Words).Concepts, c => c.Label == "last");

    [Fact]
    public void A_name_and_an_everyday_noun_typed_with_a_hyphen_are_two_words()
    {
        var concepts = QuestionAnalyzer.Analyze("did he doubt the American-weapons reports", Aliases, Words).Concepts;
        Assert.DoesNotContain(concepts, c => c.Label == "American-weapons");
        Assert.Contains(concepts, c => c.Label == "weapons");
        Assert.Contains(QuestionAnalyzer.Analyze("were US-made humvees used", Aliases, Words).Concepts, c => c.Label == "US-made");
    }
}
