using NodaTime;
using VoiceShop.Speech.Phrasing;
using VoiceShop.Speech.Ssml;

namespace VoiceShop.Speech.Tests;

public sealed class SsmlRendererTests
{
    public static TheoryData<string> Dialects => ["alexa", "google", "azure", "espeak"];

    private static readonly LocalDate Today = new(2026, 11, 24);

    public static SsmlDialect Dialect(string name) => name switch
    {
        "alexa" => SsmlDialect.Alexa,
        "google" => SsmlDialect.Google,
        "azure" => SsmlDialect.Azure,
        "espeak" => SsmlDialect.Espeak,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>A reply that uses every kind of speech node, with hostile text in it.</summary>
    private static SpeechNode EveryNode() => new SpeechNode.Sequence(
    [
        "Your ",
        new SpeechNode.List([new SpeechNode.Name("Tom & Jerry <DVD>"), new SpeechNode.Quantity(2, "box"), new SpeechNode.Name("O'Brien \"Deluxe\"® Salt + Pepper 1/2 lb")]),
        " cost ",
        new SpeechNode.Amount(31.47m, "USD"),
        " and arrive ",
        new SpeechNode.Day(Today.PlusDays(2), Today, WithPreposition: true),
        ".",
        new SpeechNode.Pause(20_000),
        " Order number ",
        new SpeechNode.Digits("0123456789"),
        ". ",
        new SpeechNode.Emphasis("Really", EmphasisLevel.Strong),
        " ",
        new SpeechNode.Number(7),
        " ",
        new SpeechNode.Sequence(Enumerable.Range(0, 7).Select(i => (SpeechNode)new SpeechNode.Audio($"https://cdn.example.com/chime{i}.mp3?a=1&b=2", "ding ")).ToList()),
        new SpeechNode.Audio("http://insecure.example.com/x.mp3", "plain fallback"),
        " </speak><script>alert(1)</script>]]>\u0001\uFFFE\uD800",
    ]);

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Every_node_renders_to_ssml_that_the_platform_accepts(string dialect)
    {
        var ssml = SsmlRenderer.ToSsml(EveryNode(), Dialect(dialect), SpeechLocale.EnUs);

        Assert.Empty(SsmlRules.Violations(ssml, dialect));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Hostile_text_is_spoken_never_parsed(string dialect)
    {
        var spoken = SsmlRules.SpokenText(SsmlRenderer.ToSsml(EveryNode(), Dialect(dialect), SpeechLocale.EnUs));

        Assert.Contains("Tom and Jerry <DVD>", spoken);
        Assert.Contains("O'Brien \"Deluxe\" Salt plus Pepper half lb", spoken);
        Assert.Contains("</speak><script>alert(1)</script>]]>", spoken);
        Assert.DoesNotContain("®", spoken);
    }

    [Fact]
    public void Plain_text_keeps_names_as_written()
    {
        var text = SsmlRenderer.ToPlainText(EveryNode(), SpeechLocale.EnUs);

        Assert.StartsWith("Your Tom & Jerry <DVD>, 2 boxes and O'Brien \"Deluxe\"® Salt + Pepper 1/2 lb cost $31.47 and arrive on Thursday.", text);
        Assert.Contains("Order number 0123456789.", text);
    }

    [Theory]
    [InlineData("alexa", "<say-as interpret-as=\"digits\">0123456789</say-as>")]
    [InlineData("google", "<say-as interpret-as=\"characters\">0123456789</say-as>")]
    [InlineData("azure", "<say-as interpret-as=\"characters\">0123456789</say-as>")]
    [InlineData("espeak", "<say-as interpret-as=\"characters\">0123456789</say-as>")]
    public void Order_numbers_are_read_digit_by_digit(string dialect, string expected)
    {
        Assert.Contains(expected, SsmlRenderer.ToSsml(EveryNode(), Dialect(dialect), SpeechLocale.EnUs));
    }

    [Theory]
    [InlineData("alexa", 5)]
    [InlineData("google", 7)]
    [InlineData("azure", 7)]
    [InlineData("espeak", 0)]
    public void Audio_clips_beyond_the_platform_limit_become_their_fallback_words(string dialect, int clips)
    {
        var ssml = SsmlRenderer.ToSsml(EveryNode(), Dialect(dialect), SpeechLocale.EnUs);

        Assert.Equal(clips, CountOf(ssml, "<audio "));
        Assert.DoesNotContain("insecure.example.com", ssml);
        Assert.Contains("plain fallback", SsmlRules.SpokenText(ssml));
    }

    [Theory]
    [InlineData("alexa", "10000ms")]
    [InlineData("azure", "5000ms")]
    public void Long_pauses_are_shortened_to_the_platform_maximum(string dialect, string expected)
    {
        Assert.Contains($"<break time=\"{expected}\"/>", SsmlRenderer.ToSsml(new SpeechNode.Pause(60_000), Dialect(dialect), SpeechLocale.EnUs));
    }

    [Fact]
    public void Azure_documents_name_version_namespace_locale_and_voice()
    {
        var ssml = SsmlRenderer.ToSsml("Hello.", SsmlDialect.Azure, SpeechLocale.EnGb);

        Assert.Equal("<speak version=\"1.0\" xmlns=\"http://www.w3.org/2001/10/synthesis\" xml:lang=\"en-GB\"><voice name=\"en-GB-SoniaNeural\">Hello.</voice></speak>", ssml);
        Assert.Contains("<voice name=\"en-US-JennyNeural\">", SsmlRenderer.ToSsml("Hi.", SsmlDialect.Azure.WithVoice("en-US-JennyNeural"), SpeechLocale.EnUs));
    }

    [Fact]
    public void Only_the_dialects_that_accept_emphasis_get_it()
    {
        var speech = new SpeechNode.Emphasis("now", EmphasisLevel.Strong);

        Assert.Equal("<speak><emphasis level=\"strong\">now</emphasis></speak>", SsmlRenderer.ToSsml(speech, SsmlDialect.Alexa, SpeechLocale.EnUs));
        Assert.EndsWith("\">now</voice></speak>", SsmlRenderer.ToSsml(speech, SsmlDialect.Azure, SpeechLocale.EnUs));
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Too_long_replies_end_at_the_last_whole_sentence_that_fits(string dialect)
    {
        // Multi-byte words so that Google's byte limit bites before a character count would.
        var sentences = Enumerable.Range(1, 900).Select(i => (SpeechNode)$"Sentence {i} about café crème & co. ").ToList();
        sentences.Insert(300, new SpeechNode.Digits("42"));
        sentences.Insert(301, new SpeechNode.Pause(500));
        var speech = new SpeechNode.Sequence(sentences);

        var ssml = SsmlRenderer.ToSsml(speech, Dialect(dialect), SpeechLocale.EnUs);

        Assert.Empty(SsmlRules.Violations(ssml, dialect));
        var spoken = SsmlRules.SpokenText(ssml).TrimEnd();
        Assert.EndsWith("& co.", spoken);
        Assert.StartsWith("Sentence 1 about café crème & co.", spoken);
        if (SsmlRules.MaxLength(dialect) < int.MaxValue)
        {
            Assert.True(spoken.Length > SsmlRules.MaxLength(dialect) / 3, "shortened far more than needed");
        }
    }

    [Fact]
    public void A_single_sentence_too_long_is_cut_at_a_word_and_never_inside_an_entity()
    {
        var speech = (SpeechNode)string.Concat(Enumerable.Repeat("Tom & Jerry ", 2000));

        var ssml = SsmlRenderer.ToSsml(speech, SsmlDialect.Alexa, SpeechLocale.EnUs);

        Assert.Empty(SsmlRules.Violations(ssml, "alexa"));
        Assert.True(ssml.Length > 7900);
        Assert.Matches("(Tom|&amp;|Jerry)</speak>$", ssml);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
