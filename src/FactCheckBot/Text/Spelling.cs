namespace FactCheckBot.Text;

// Outlets mix British and American spelling (defence/defense, armoured/armored,
// sceptical/skeptical). Folding both to one form keeps them one index term.
// Applied the same way to documents and questions, so over-folding is harmless.
public static class Spelling
{
    private static readonly (string British, string American)[] Prefixes =
    [
        ("armour", "armor"), ("behaviour", "behavior"), ("colour", "color"), ("favour", "favor"),
        ("honour", "honor"), ("labour", "labor"), ("neighbour", "neighbor"), ("rumour", "rumor"),
        ("harbour", "harbor"), ("humour", "humor"), ("vigour", "vigor"), ("endeavour", "endeavor"),
        ("saviour", "savior"), ("vapour", "vapor"), ("sceptic", "skeptic"), ("defence", "defense"),
        ("offence", "offense"), ("licence", "license"), ("centre", "center"), ("theatre", "theater"),
        ("metre", "meter"), ("calibre", "caliber"), ("programme", "program"), ("manoeuvr", "maneuver"),
        ("travell", "travel"), ("cancell", "cancel"), ("model", "model"), ("fuell", "fuel"),
        ("labell", "label"), ("signall", "signal"), ("counsell", "counsel"), ("jewell", "jewel"),
        ("grey", "gray"), ("paediatr", "pediatr"), ("anaemi", "anemi"), ("aluminium", "aluminum"),
    ];

    private static readonly string[] IseEndings = ["isations", "isation", "ising", "ised", "ises", "iser", "isers", "ise"];

    public static string ToAmerican(string word)
    {
        if (word.Length < 4) return word;
        foreach (var (british, american) in Prefixes)
            if (word.StartsWith(british, StringComparison.Ordinal))
                return american + word[british.Length..];
        foreach (var ending in IseEndings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal)) continue;
            var stem = word.Length - ending.Length;
            if (stem >= 3) return string.Concat(word.AsSpan(0, stem), "iz", ending.AsSpan(2));
            break;
        }
        return word;
    }
}
