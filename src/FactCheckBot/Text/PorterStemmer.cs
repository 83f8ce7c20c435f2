namespace FactCheckBot.Text;

// Martin Porter's 1980 algorithm, following his reference C implementation
// (including its two documented departures: "bli" -> "ble" and "logi" -> "log").
public static class PorterStemmer
{
    // Where Porter merges words a reader keeps apart: "use" is not "us", "news" is not "new",
    // "united" is not "units".
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["use"] = "use", ["uses"] = "use", ["used"] = "use", ["using"] = "use", ["useful"] = "use",
        ["news"] = "news", ["united"] = "united",
    };

    public static string Stem(string word)
    {
        if (word.Length <= 2) return word;
        if (Exceptions.TryGetValue(word, out var exception)) return exception;
        foreach (var c in word)
            if (c is < 'a' or > 'z') return word;
        return new Run(word).Stem();
    }

    private sealed class Run(string word)
    {
        private readonly char[] b = CreateBuffer(word);
        private int k = word.Length - 1;
        private int j;

        private static char[] CreateBuffer(string word)
        {
            var buffer = new char[word.Length + 4];
            word.CopyTo(0, buffer, 0, word.Length);
            return buffer;
        }

        public string Stem()
        {
            Step1ab();
            if (k > 0)
            {
                Step1c();
                Step2();
                Step3();
                Step4();
                Step5();
            }
            return new string(b, 0, k + 1);
        }

        private bool Cons(int i) => b[i] switch
        {
            'a' or 'e' or 'i' or 'o' or 'u' => false,
            'y' => i == 0 || !Cons(i - 1),
            _ => true,
        };

        // Number of vowel-consonant sequences between 0 and j.
        private int M()
        {
            var n = 0;
            var i = 0;
            while (true)
            {
                if (i > j) return n;
                if (!Cons(i)) break;
                i++;
            }
            i++;
            while (true)
            {
                while (true)
                {
                    if (i > j) return n;
                    if (Cons(i)) break;
                    i++;
                }
                i++;
                n++;
                while (true)
                {
                    if (i > j) return n;
                    if (!Cons(i)) break;
                    i++;
                }
                i++;
            }
        }

        private bool VowelInStem()
        {
            for (var i = 0; i <= j; i++)
                if (!Cons(i)) return true;
            return false;
        }

        private bool DoubleC(int at) => at >= 1 && b[at] == b[at - 1] && Cons(at);

        private bool Cvc(int i)
        {
            if (i < 2 || !Cons(i) || Cons(i - 1) || !Cons(i - 2)) return false;
            return b[i] is not ('w' or 'x' or 'y');
        }

        private bool Ends(string s)
        {
            var length = s.Length;
            if (length > k + 1) return false;
            for (var i = 0; i < length; i++)
                if (b[k - length + 1 + i] != s[i]) return false;
            j = k - length;
            return true;
        }

        private void SetTo(string s)
        {
            for (var i = 0; i < s.Length; i++) b[j + 1 + i] = s[i];
            k = j + s.Length;
        }

        private void R(string s)
        {
            if (M() > 0) SetTo(s);
        }

        private void Step1ab()
        {
            if (b[k] == 's')
            {
                if (Ends("sses")) k -= 2;
                else if (Ends("ies")) SetTo("i");
                else if (b[k - 1] != 's') k--;
            }
            if (Ends("eed"))
            {
                if (M() > 0) k--;
            }
            else if ((Ends("ed") || Ends("ing")) && VowelInStem())
            {
                k = j;
                if (Ends("at")) SetTo("ate");
                else if (Ends("bl")) SetTo("ble");
                else if (Ends("iz")) SetTo("ize");
                else if (DoubleC(k))
                {
                    k--;
                    if (b[k] is 'l' or 's' or 'z') k++;
                }
                else if (M() == 1 && Cvc(k)) SetTo("e");
            }
        }

        private void Step1c()
        {
            if (Ends("y") && VowelInStem()) b[k] = 'i';
        }

        private void Step2()
        {
            switch (b[k - 1])
            {
                case 'a': _ = Replace("ational", "ate") || Replace("tional", "tion"); break;
                case 'c': _ = Replace("enci", "ence") || Replace("anci", "ance"); break;
                case 'e': _ = Replace("izer", "ize"); break;
                case 'l':
                    _ = Replace("bli", "ble") || Replace("alli", "al") || Replace("entli", "ent")
                        || Replace("eli", "e") || Replace("ousli", "ous");
                    break;
                case 'o': _ = Replace("ization", "ize") || Replace("ation", "ate") || Replace("ator", "ate"); break;
                case 's':
                    _ = Replace("alism", "al") || Replace("iveness", "ive") || Replace("fulness", "ful")
                        || Replace("ousness", "ous");
                    break;
                case 't': _ = Replace("aliti", "al") || Replace("iviti", "ive") || Replace("biliti", "ble"); break;
                case 'g': _ = Replace("logi", "log"); break;
            }
        }

        private void Step3()
        {
            switch (b[k])
            {
                case 'e': _ = Replace("icate", "ic") || Replace("ative", "") || Replace("alize", "al"); break;
                case 'i': _ = Replace("iciti", "ic"); break;
                case 'l': _ = Replace("ical", "ic") || Replace("ful", ""); break;
                case 's': _ = Replace("ness", ""); break;
            }
        }

        private bool Replace(string suffix, string replacement)
        {
            if (!Ends(suffix)) return false;
            R(replacement);
            return true;
        }

        private void Step4()
        {
            var found = b[k - 1] switch
            {
                'a' => Ends("al"),
                'c' => Ends("ance") || Ends("ence"),
                'e' => Ends("er"),
                'i' => Ends("ic"),
                'l' => Ends("able") || Ends("ible"),
                'n' => Ends("ant") || Ends("ement") || Ends("ment") || Ends("ent"),
                'o' => (Ends("ion") && j >= 0 && b[j] is 's' or 't') || Ends("ou"),
                's' => Ends("ism"),
                't' => Ends("ate") || Ends("iti"),
                'u' => Ends("ous"),
                'v' => Ends("ive"),
                'z' => Ends("ize"),
                _ => false,
            };
            if (found && M() > 1) k = j;
        }

        private void Step5()
        {
            j = k;
            if (b[k] == 'e')
            {
                var m = M();
                if (m > 1 || (m == 1 && !Cvc(k - 1))) k--;
            }
            if (b[k] == 'l' && DoubleC(k) && M() > 1) k--;
        }
    }
}
