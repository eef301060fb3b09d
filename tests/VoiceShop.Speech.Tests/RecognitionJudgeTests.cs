using System.Buffers.Binary;
using VoiceShop.Speech.Audio;
using VoiceShop.Speech.Recognition;

namespace VoiceShop.Speech.Tests;

/// <summary>How the offline recogniser reads pocketsphinx's output and decides what it heard.</summary>
public sealed class RecognitionJudgeTests
{
    private static readonly CommandGrammar Grammar = new(
        ["yes", "buy {product}", "{product}"],
        new Dictionary<string, IReadOnlyList<string>> { ["product"] = ["coffee pods"] });

    [Fact]
    public void Pocketsphinx_output_gives_words_times_and_posteriors_without_fillers()
    {
        var decode = SphinxDecode.Parse("buy coffee pods\n<s> 0.000 0.120 0.999\nbuy(2) 0.130 0.400 0.447\n<sil> 0.410 0.450 0.9\ncoffee 0.460 0.800 1.000\n[NOISE] 0.81 0.9 0.5\npods 0.910 1.300 0.998\n</s> 1.31 1.5 1.0\n");

        Assert.Equal("buy coffee pods", decode.Text);
        Assert.Equal(TimeSpan.FromSeconds(0.13), decode.Words[0].Start);
        Assert.Equal(0.447, decode.LeastPosterior);
    }

    [Fact]
    public void A_command_both_models_heard_is_sure_enough_to_spend_money()
    {
        var transcript = CommandJudge.Judge(new RecognitionEvidence(Decode("yes"), Decode("oh yes"), 0.1), Grammar);

        Assert.Equal(new Transcript(RecognitionOutcome.Recognized, "yes", CommandJudge.AgreedConfidence), transcript);
    }

    [Fact]
    public void A_command_only_the_domain_model_heard_is_acted_on_but_not_trusted_with_money()
    {
        var transcript = CommandJudge.Judge(new RecognitionEvidence(Decode("buy coffee pods"), Decode("i got the dogs"), 0.1), Grammar);

        Assert.Equal(new Transcript(RecognitionOutcome.Recognized, "buy coffee pods", CommandJudge.DomainOnlyConfidence), transcript);
    }

    [Theory]
    [InlineData("buy coffee", 0.0)]
    [InlineData("coffee pods", 0.0)]
    [InlineData("yes", 0.4)]
    [InlineData("", 0.0)]
    public void Word_salad_a_bare_answer_or_speech_the_words_leave_out_is_not_caught(string domain, double unexplained)
    {
        Assert.Equal(Transcript.NoMatch, CommandJudge.Judge(new RecognitionEvidence(Decode(domain), Decode(domain), unexplained), Grammar));
    }

    [Fact]
    public void Speech_outside_the_recognised_words_is_measured()
    {
        // One second: a tone from 0.2 s to 0.8 s, silence around it.
        var samples = new byte[16_000 * 2];
        for (var i = 3_200; i < 12_800; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(samples.AsSpan(i * 2), (short)(8_000 * Math.Sin(i * 0.1)));
        }

        var pcm = new WavAudio(16_000, 1, samples);
        SphinxWord Word(double start, double end) => new("yes", TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), 1);

        Assert.InRange(SpeechCoverage.Unexplained(pcm, [Word(0.2, 0.8)]), 0, 0.02);
        Assert.InRange(SpeechCoverage.Unexplained(pcm, [Word(0.2, 0.5)]), 0.45, 0.52);
        Assert.Equal(1, SpeechCoverage.Unexplained(pcm, []));
        Assert.Equal(0, SpeechCoverage.Unexplained(SpokenAudio.Silence(TimeSpan.FromSeconds(1)), []));
    }

    private static SphinxDecode Decode(string words) =>
        new([.. words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) => new SphinxWord(w, TimeSpan.FromSeconds(i), TimeSpan.FromSeconds(i + 1), 0.9))]);
}
