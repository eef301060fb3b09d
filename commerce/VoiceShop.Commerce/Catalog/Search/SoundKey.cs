namespace VoiceShop.Commerce.Catalog.Search;

/// <summary>
/// A rough English sound key (in the spirit of Metaphone), so that words a speech recogniser confuses,
/// such as "pair" and "paper" or "kleenecks" and "kleenex", share a key: consonant sounds only, similar
/// sounds merged, doubles collapsed, and a leading vowel kept as "a".
/// </summary>
public static class SoundKey
{
    /// <summary>The key of one lower-case word; digits are kept as they are.</summary>
    public static string Of(string word)
    {
        Span<char> key = stackalloc char[Math.Max(8, word.Length * 2)];
        var length = 0;
        void Add(char c, Span<char> buffer)
        {
            if (length == 0 || buffer[length - 1] != c)
            {
                buffer[length++] = c;
            }
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            var next = i + 1 < word.Length ? word[i + 1] : '\0';
            if (IsVowel(c) || c == 'y')
            {
                if (i == 0)
                {
                    Add('a', key);
                }

                continue;
            }

            switch (c)
            {
                case 'p' when next == 'h':
                    Add('f', key);
                    i++;
                    break;
                case 'g' when next == 'h':
                    i++;
                    break;
                case 'k' when i == 0 && next == 'n':
                case 'w' when i == 0 && next == 'r':
                    break;
                case 'c' when next == 'k':
                    Add('k', key);
                    i++;
                    break;
                case 'c' or 's' when next == 'h':
                    Add('x', key);
                    i++;
                    break;
                case 't' when next == 'h':
                    Add('0', key);
                    i++;
                    break;
                case 'c':
                    Add(next is 'e' or 'i' or 'y' ? 's' : 'k', key);
                    break;
                case 'q':
                    Add('k', key);
                    break;
                case 'x':
                    Add('k', key);
                    Add('s', key);
                    break;
                case 'z':
                    Add('s', key);
                    break;
                case 'v':
                    Add('f', key);
                    break;
                case 'd' when next == 'g':
                    Add('j', key);
                    i++;
                    break;
                case 'w' or 'h':
                    break;
                case 'b' when i > 0 && word[i - 1] == 'm' && next == '\0':
                    break;
                default:
                    Add(c, key);
                    break;
            }
        }

        return new string(key[..length]);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
