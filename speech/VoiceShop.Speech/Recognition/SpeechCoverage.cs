using System.Buffers.Binary;
using VoiceShop.Speech.Audio;

namespace VoiceShop.Speech.Recognition;

/// <summary>
/// How much of the audio's speech the recognised words account for. When a shopper says something that is
/// not a command, the decoder often matches a command to part of it ("add cat litter" inside "add a meeting to
/// my calendar") and calls the rest silence or noise; speech outside every word gives that away.
/// </summary>
public static class SpeechCoverage
{
    private static readonly TimeSpan Frame = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// The share of voiced 10 ms frames of <paramref name="pcm"/> (16-bit mono) that fall outside every word of
    /// <paramref name="words"/>, in [0, 1]. A frame is voiced when its energy is within 26 dB of the loudest frame.
    /// </summary>
    public static double Unexplained(WavAudio pcm, IReadOnlyList<SphinxWord> words)
    {
        var energies = FrameEnergies(pcm);
        if (energies.Count == 0)
        {
            return 0;
        }

        var voicedFloor = Math.Max(energies.Max() / 400, 100.0 * 100.0);
        int voiced = 0, unexplained = 0;
        for (var i = 0; i < energies.Count; i++)
        {
            if (energies[i] < voicedFloor)
            {
                continue;
            }

            voiced++;
            var time = Frame * (i + 0.5);
            if (!words.Any(w => time >= w.Start && time <= w.End + Frame))
            {
                unexplained++;
            }
        }

        return voiced == 0 ? 0 : (double)unexplained / voiced;
    }

    /// <summary>Mean squared amplitude of each frame.</summary>
    private static List<double> FrameEnergies(WavAudio pcm)
    {
        var span = pcm.Samples.Span;
        var samplesPerFrame = (int)(pcm.SampleRate * Frame.TotalSeconds);
        var energies = new List<double>();
        for (var start = 0; (start + samplesPerFrame) * 2 <= span.Length; start += samplesPerFrame)
        {
            double sum = 0;
            for (var i = start; i < start + samplesPerFrame; i++)
            {
                double sample = BinaryPrimitives.ReadInt16LittleEndian(span[(i * 2)..]);
                sum += sample * sample;
            }

            energies.Add(sum / samplesPerFrame);
        }

        return energies;
    }
}
