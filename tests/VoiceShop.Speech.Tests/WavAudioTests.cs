using System.Text;
using VoiceShop.Speech.Audio;

namespace VoiceShop.Speech.Tests;

public sealed class WavAudioTests
{
    [Fact]
    public void A_written_file_reads_back_the_same()
    {
        var samples = Enumerable.Range(0, 3200).SelectMany(i => BitConverter.GetBytes((short)(i * 7))).ToArray();
        var audio = new WavAudio(16_000, 1, samples);

        var read = WavAudio.Parse(audio.ToFile());

        Assert.Equal(16_000, read.SampleRate);
        Assert.Equal(1, read.Channels);
        Assert.Equal(TimeSpan.FromMilliseconds(200), read.Duration);
        Assert.Equal(samples, read.Samples.ToArray());
    }

    [Theory]
    [InlineData("", "not a RIFF/WAVE")]
    [InlineData("ID3 this is an mp3", "not a RIFF/WAVE")]
    [InlineData("RIFF\0\0\0\0WAVE", "no data chunk")]
    public void Files_that_are_not_pcm_wav_are_refused_with_a_reason(string content, string reason)
    {
        Assert.False(WavAudio.TryParse(Encoding.ASCII.GetBytes(content), out _, out var problem));
        Assert.Contains(reason, problem);
    }

    [Fact]
    public void Eight_bit_or_compressed_wav_is_refused()
    {
        var file = new WavAudio(16_000, 1, new byte[320]).ToFile();
        file[34] = 8;
        Assert.False(WavAudio.TryParse(file, out _, out var problem));
        Assert.Contains("16-bit PCM", problem);

        file[34] = 16;
        file[20] = 85; // MPEG layer 3 inside a WAV container
        Assert.False(WavAudio.TryParse(file, out _, out _));
    }

    [Fact]
    public void Stereo_44_khz_becomes_16_khz_mono_of_the_same_length()
    {
        var samples = new byte[44_100 * 2 * 2];
        var audio = new WavAudio(44_100, 2, samples);

        var converted = audio.ToRecognitionFormat();

        Assert.Equal(16_000, converted.SampleRate);
        Assert.Equal(1, converted.Channels);
        Assert.Equal(1, converted.Duration.TotalSeconds, 3);
    }
}
