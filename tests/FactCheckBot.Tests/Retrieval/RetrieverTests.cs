using Dapper;
using FactCheckBot.Corpus;
using FactCheckBot.Retrieval;
using FactCheckBot.Storage;
using FactCheckBot.Tests.Support;

namespace FactCheckBot.Tests.Retrieval;

public sealed class RetrieverTests : IDisposable
{
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    private Evidence Retrieve(string question) => app.Get<Retriever>().Retrieve(question);

    [Fact]
    public void Question_about_unknown_person_is_not_covered()
    {
        var evidence = Retrieve("What did Zelensky say about the raid?");
        Assert.False(evidence.Covered);
        Assert.Equal(["Zelensky"], evidence.Missing);
    }

    [Fact]
    public void A_year_no_source_mentions_puts_the_question_outside_the_corpus()
    {
        var evidence = Retrieve("did the Russian Volunteer Corps pull off another Belgorod raid in 2024?");
        Assert.False(evidence.Covered);
        Assert.Contains("2024", evidence.Missing);
    }

    [Fact]
    public void The_year_the_articles_were_published_is_the_incident_s_time() =>
        Assert.True(Retrieve("what happened in Belgorod in May 2023?").Covered);

    [Fact]
    public void A_surname_typed_as_an_english_word_after_its_first_name_is_the_corpus_name()
    {
        // "miler" is English (one who runs the mile), but the articles write "Matthew Miller".
        var evidence = Retrieve("what did matthew miler from the state dept say about us weapons");
        Assert.Contains(evidence.Question.Corrections, c => c.Typed == "miler" && c.Corpus == "miller");
        Assert.Contains(evidence.Quotes, q => q.Speaker?.Contains("Matthew Miller") == true);
        // Both words a letter off, capitalised: still the spokesman.
        var both = Retrieve("what did the state dept spokesman Mathew Miler say about american weapons");
        Assert.True(both.Covered);
        Assert.Contains(both.Question.Corrections, c => c.Typed == "Mathew" && c.Corpus == "matthew");
        // Not after any word: "the miler" stays English.
        Assert.DoesNotContain(Retrieve("did the miler comment on us weapons").Question.Corrections, c => c.Typed == "miler");
    }

    [Fact]
    public void An_unknown_first_name_makes_an_unknown_person() =>
        Assert.Equal(["John Miller"], Retrieve("What did John Miller say?").Missing);

    [Fact]
    public void Kiev_finds_passages_that_spell_it_Kyiv()
    {
        var quotes = Retrieve("Did Kiev deny involvement?").Quotes;
        Assert.Contains(quotes, q => q.Text.Contains("Kyiv"));
        Assert.Contains(quotes, q => q.Text.Contains("Kiev"));
    }

    [Fact]
    public void A_country_is_also_found_as_its_capital()
    {
        var quotes = Retrieve("Did Ukraine deny involvement in the raid?").Quotes;
        Assert.Contains(quotes, q => q.Text.StartsWith("But Kyiv denies involvement", StringComparison.Ordinal));
    }

    [Fact]
    public void How_a_question_is_framed_does_not_make_it_uncovered()
    {
        var evidence = Retrieve("how did the Kremlin's spokesman react to the attack?");
        Assert.True(evidence.Covered);
        Assert.Contains(evidence.Quotes, q => q.Text.Contains("profound concern"));
    }

    [Fact]
    public void Question_filler_never_swallows_a_content_word_with_the_same_stem()
    {
        var evidence = Retrieve("Who claimed responsibility for the raid?");
        Assert.Contains(evidence.Question.Concepts, c => c.Label == "responsibility");
        Assert.All(evidence.Quotes, q => Assert.Matches("(?i)responsib|behind|carried out|launched by", q.Text));
    }

    [Fact]
    public void A_new_alias_takes_effect_on_the_next_question()
    {
        Assert.False(Retrieve("What did Belingkot say?").Covered);
        app.Get<AliasStore>().Add("Bellingcat", ["Belingkot"], "test");
        Assert.True(Retrieve("What did Belingkot say?").Covered);
    }

    [Fact]
    public void Evidence_is_spread_over_outlets_before_a_second_quote_from_one()
    {
        var quotes = Retrieve("How many attackers were killed?").Quotes;
        var firstRound = quotes.TakeWhile((q, i) => quotes.Take(i).All(p => p.Passage.SourceId != q.Passage.SourceId)).Count();
        Assert.True(firstRound >= 3, $"only {firstRound} sources before a repeat");
    }

    [Fact]
    public void Filler_does_not_drive_ranking()
    {
        var plain = Retrieve("How many people were evacuated?").Quotes.Select(q => q.Passage.PassageId);
        var chatty = Retrieve("hey bot, is it true that you know how many people were evacuated? please tell me").Quotes.Select(q => q.Passage.PassageId);
        Assert.Equal(plain, chatty);
    }

    [Theory]
    [InlineData("\"; DROP TABLE sources; --")]
    [InlineData("NEAR(raid Belgorod, 2) OR * AND \"")]
    [InlineData("raid:* ^Belgorod -Kyiv col:x {a b}")]
    [InlineData("' OR 1=1 --")]
    [InlineData("))))(((( \"\"\" ****")]
    public void Search_syntax_in_questions_is_inert(string question)
    {
        var evidence = Retrieve(question);
        using var connection = app.Get<Database>().Open();
        Assert.Equal(5, connection.ExecuteScalar<long>("SELECT count(*) FROM sources;"));
        Assert.All(evidence.Quotes, q => Assert.Contains(q.Text, app.Get<SourceStore>().GetText(q.Passage.SourceId)!));
    }

    [Fact]
    public void Match_expressions_hold_only_quoted_terms()
    {
        var match = FtsQuery.Build([["raid"], ["freedom", "of", "russia"], ["a\"b"], ["near("]]);
        Assert.Equal("\"raid\" OR \"freedom of russia\"", match);
    }

    [Fact]
    public void A_quote_names_its_speaker_and_hedges()
    {
        var quote = Assert.Single(Retrieve("What did Michael Colborne say?").Quotes.Where(q => q.Passage.Outlet == "RFE/RL").Take(1));
        Assert.StartsWith("Michael Colborne", quote.Speaker);
        var hedged = Retrieve("What did the Russian Defense Ministry claim?").Quotes;
        Assert.Contains(hedged, q => q.Hedges.Contains("claimed"));
    }

    [Fact]
    public void Casualties_a_named_person_reported_count_a_single_death()
    {
        // "a civilian had been killed" is a count of one, as "one civilian had died" is.
        var evidence = Retrieve("what did gladkov say about casualties");
        Assert.Contains(evidence.Quotes, q => q.Passage.Outlet == "The Guardian" && q.Text.Contains("a civilian had been killed"));
    }

    [Fact]
    public void Paraphrases_people_use_reach_the_articles_words()
    {
        // "spoke for" asks for a spokesperson, "the military" speaks through its defence ministry, "analysts" are experts.
        Assert.Contains(Retrieve("who spoke for the US state department about the incursion?").Quotes, q => q.Text.Contains("Matthew Miller"));
        Assert.Contains(Retrieve("what death toll did Moscow's military give for the attackers?").Quotes,
            q => q.Passage.Outlet == "The Guardian" && q.Text.Contains("70"));
        Assert.True(Retrieve("what do analysts think the raid was for, before the big push?").Covered);
    }

    [Fact]
    public void A_count_no_source_gives_needs_a_quote_on_what_is_counted()
    {
        // "a captured Russian armoured vehicle" says nothing of captured soldiers.
        Assert.False(Retrieve("how many russian soldiers did the rvc capture total?").Covered);
    }

    [Fact]
    public void The_word_attack_counts_no_attackers()
    {
        // "attackers" and "attack" share a stem; "came under attack on Monday, in one of the largest … raids" gives no count of them.
        var evidence = Retrieve("how many attackers crossed into belgorod?");
        Assert.DoesNotContain(evidence.Quotes, q => q.Text.Contains("came under attack on Monday"));
    }
}
