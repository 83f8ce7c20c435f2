using System.ComponentModel.DataAnnotations;

namespace FactCheckBot.Retrieval;

// The relevance bar and the size of an answer. Defaults were calibrated on tests/eval (formal and chat sets,
// their held-out parts excluded); README gives the figures.
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    [Range(5, 500, ErrorMessage = "Retrieval:CandidatePassages must be between 5 and 500.")]
    public int CandidatePassages { get; set; } = 50;

    // Sentences taken from vector search, besides the passages BM25 finds.
    [Range(0, 500, ErrorMessage = "Retrieval:CandidateSentences must be between 0 and 500.")]
    public int CandidateSentences { get; set; } = 60;

    // Share of the question's (weighted) terms a quote must contain to be cited on its words.
    [Range(0.1, 1.0, ErrorMessage = "Retrieval:MinCoverage must be between 0.1 and 1.0.")]
    public double MinCoverage { get; set; } = 0.6;

    // Cosine similarity between question and quote that qualifies a quote in other words than the question's.
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:MinSimilarity must be between 0 and 1.")]
    public double MinSimilarity { get; set; } = 0.55;

    // A quote this close in meaning qualifies however much of the question rests on words no source uses
    // ("buy tanks at any army shop" / "tanks are sold at any military store").
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:CloseSimilarity must be between 0 and 1.")]
    public double CloseSimilarity { get; set; } = 0.65;

    // Words no source uses weigh (all together) this many times the known words' weight times the share of
    // the question's meaning they carry.
    [Range(0.0, 20.0, ErrorMessage = "Retrieval:AbsentWordScale must be between 0 and 20.")]
    public double AbsentWordScale { get; set; } = 4.0;

    // Added to MinSimilarity in proportion to the share of the question's meaning carried by words no source uses.
    [Range(0.0, 2.0, ErrorMessage = "Retrieval:AbsentWordPenalty must be between 0 and 2.")]
    public double AbsentWordPenalty { get; set; } = 1.0;

    // Rank bonus for a quote whose speaker is the person a "what did X say" question asks about.
    [Range(0.0, 2.0, ErrorMessage = "Retrieval:SpeakerWeight must be between 0 and 2.")]
    public double SpeakerWeight { get; set; } = 0.4;

    // Coverage plus similarity that qualifies a quote that is partly in the question's words, partly in other words.
    [Range(0.0, 2.0, ErrorMessage = "Retrieval:MinRelevance must be between 0 and 2.")]
    public double MinRelevance { get; set; } = 0.9;

    // Rank bonus for a quote that denies or doubts the claim a question states.
    [Range(0.0, 2.0, ErrorMessage = "Retrieval:StanceWeight must be between 0 and 2.")]
    public double StanceWeight { get; set; } = 0.15;

    // A quote cited on its words must still be this similar to the question (drops a word match in an unrelated sentence).
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:MinLexicalSimilarity must be between 0 and 1.")]
    public double MinLexicalSimilarity { get; set; } = 0.1;

    // How much similarity weighs against word coverage when quotes are ranked.
    [Range(0.0, 5.0, ErrorMessage = "Retrieval:SimilarityWeight must be between 0 and 5.")]
    public double SimilarityWeight { get; set; } = 1.0;

    // A quote must score at least this share of the best quote's score: no padding to fill a quota.
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:RelativeScore must be between 0 and 1.")]
    public double RelativeScore { get; set; } = 0.6;

    // A name found in at least this share of passages is the incident's setting (Belgorod, Ukraine): it is not
    // required in every quote.
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:CommonNameShare must be between 0 and 1.")]
    public double CommonNameShare { get; set; } = 0.15;

    // Words for the incident itself ("raid", "fighting") weigh this share of their weight beside something else the
    // question asks about ("how many fighters were in the raid"): the setting of every question, not what it asks.
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:IncidentWeight must be between 0 and 1.")]
    public double IncidentWeight { get; set; } = 0.5;

    // A quote that leaves out such a name the question asks about must be at least this close in meaning
    // ("the population of Belgorod" is not answered by another town's population).
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:CommonNameSimilarity must be between 0 and 1.")]
    public double CommonNameSimilarity { get; set; } = 0.35;

    // A "how many / how much" question is answered only by quotes that give a figure.
    public bool CountNeedsFigure { get; set; } = true;

    // Once one quote clears the bar, another outlet's best quote needs coverage plus similarity only this much
    // lower, so each outlet's take on an answered question is shown.
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:OtherOutletsRelaxation must be between 0 and 1.")]
    public double OtherOutletsRelaxation { get; set; } = 0.2;

    // A second quote from one source must score within this of the source's first.
    [Range(0.0, 2.0, ErrorMessage = "Retrieval:SecondQuoteMargin must be between 0 and 2.")]
    public double SecondQuoteMargin { get; set; } = 0.4;

    public bool SecondQuoteMustQualify { get; set; } = true;

    // A neighbouring sentence at most this much less similar to the question than the quote joins it (0: never).
    [Range(0.0, 1.0, ErrorMessage = "Retrieval:NeighbourSimilarity must be between 0 and 1.")]
    public double NeighbourSimilarity { get; set; } = 0.05;

    [Range(1, 20, ErrorMessage = "Retrieval:MaxOutlets must be between 1 and 20.")]
    public int MaxOutlets { get; set; } = 5;

    [Range(1, 30, ErrorMessage = "Retrieval:MaxQuotes must be between 1 and 30.")]
    public int MaxQuotes { get; set; } = 6;

    [Range(1, 5, ErrorMessage = "Retrieval:MaxQuotesPerSource must be between 1 and 5.")]
    public int MaxQuotesPerSource { get; set; } = 2;

    // Up to this many sentence vectors are held in memory and searched exactly. A larger corpus keeps one
    // bit per dimension in memory (a 32nd of the size), takes the sentences nearest by those bits and
    // ranks them exactly from the stored vectors.
    [Range(0, int.MaxValue, ErrorMessage = "Retrieval:ExactSearchSentences must be 0 or more.")]
    public int ExactSearchSentences { get; set; } = 50_000;

    // In that approximate search, how many times CandidateSentences are ranked exactly.
    [Range(1, 100, ErrorMessage = "Retrieval:ApproximateOversampling must be between 1 and 100.")]
    public int ApproximateOversampling { get; set; } = 5;
}
