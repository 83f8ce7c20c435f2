using FactCheckBot.Text;

namespace FactCheckBot.Tests.Text;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("Russia says 70 attackers were killed, and has insisted the fighters were Ukrainian.", "attackers killed", "70")]
    [InlineData("Gladkov said that at least eight people had been wounded.", "people injured", "at least eight")]
    [InlineData("The attack left 12 people injured, many buildings and several cars damaged.", "people injured", "12")]
    [InlineData("Hundreds of Belgorod residents were evacuated from their homes on Monday.", "people evacuated", "Hundreds")]
    [InlineData("Local authorities also had to evacuate thousands of people in Belgorod.", "people evacuated", "thousands")]
    [InlineData("During this operation, Russia eliminated more than 70 “attackers” and pushed the rest back.", "attackers killed", "more than 70")]
    [InlineData("The base was shelled, leading to the deaths of two Russian soldiers.", "soldiers killed", "two")]
    public void Reads_what_was_counted(string sentence, string about, string value)
    {
        var figure = Assert.Single(Figures.Extract(sentence), f => f.About == about);
        Assert.Equal(value, figure.Value);
    }

    [Fact]
    public void More_than_seventy_agrees_with_seventy_but_several_does_not_agree_with_twelve()
    {
        var seventy = Figures.Extract("Russia says 70 attackers were killed.").Single();
        var moreThan = Figures.Extract("Russia eliminated more than 70 attackers.").Single();
        Assert.True(seventy.High >= moreThan.Low);
        var several = Figures.Extract("Several others were injured.").Single();
        var twelve = Figures.Extract("The attack left 12 people injured.").Single();
        Assert.True(several.High < twelve.Low);
    }

    [Fact]
    public void Vehicles_and_trucks_are_counted_apart()
    {
        var figures = Figures.Extract("Moscow also destroyed 4 armored fighting vehicles, 5 pickup trucks.");
        Assert.DoesNotContain(figures, f => f.About == "trucks destroyed" && f.Value == "4");
        Assert.Contains(figures, f => f.About == "armoured vehicles destroyed" && f.Value == "4");
    }

    [Fact]
    public void Years_are_not_counts() =>
        Assert.Empty(Figures.Extract("In 2023 people were evacuated."));

    [Theory]
    [InlineData("Hundreds", "people evacuated", "hundreds of people evacuated")]
    [InlineData("a", "people killed", "one person killed")]
    [InlineData("12", "people injured", "12 people injured")]
    [InlineData("at least eight", "people injured", "at least eight people injured")]
    public void A_figure_reads_as_a_phrase(string value, string about, string phrase) =>
        Assert.Equal(phrase, Figures.Phrase(value, about));
}
