using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class StanceTests
{
    [Theory]
    [InlineData("But Kyiv denies involvement – and two Russian paramilitary groups say they were behind the incursion.", Stance.Denies)]
    [InlineData("The claims by the warring sides have not been independently verified.", Stance.Doubts)]
    [InlineData("I will say that we're sceptical at this time of the veracity of these reports.", Stance.Doubts)]
    [InlineData("Despite official denials from Kyiv, it is hard to believe this raid was launched without assistance from Ukrainian military intelligence.", null)]
    [InlineData("Although Ukrainian officials have denied involvement, some say it is difficult to believe if this raid was conducted without support.", null)]
    [InlineData("Russia says 70 attackers were killed.", null)]
    public void A_quote_speaks_against_a_claim_unless_it_doubts_the_denial(string quote, string? stance) =>
        Assert.Equal(stance, Stance.Of(quote));

    // Only a denial or doubt in a clause about what the claim is about counts.
    [Theory]
    [InlineData("humvees", null)]
    [InlineData("ukraine", Stance.Denies)]
    public void A_denial_of_something_else_is_no_stance_on_the_claim(string claimAbout, string? stance) =>
        Assert.Equal(stance, Stance.Of(
            "While Ukraine has denied any connection to the units, they appeared to be equipped with US-manufactured Humvees.",
            clause => clause.Contains(claimAbout, StringComparison.OrdinalIgnoreCase)));
}
