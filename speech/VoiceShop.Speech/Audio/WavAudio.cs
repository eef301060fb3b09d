using System.Buffers.Binary;

namespace VoiceShop.Speech.Audio;

/// <summary>
/// A RIFF/WAVE file of 16-bit PCM samples: what every engine here reads and writes. Parsed strictly enough to
/// refuse what is not PCM WAV with a clear reason, and forgiving of the placeholder sizes that streaming
/// writers (espeak-ng <c>--stdout</c>) put in the header.
/// </summary>
public sealed record WavAudio(int SampleRate, int Channels, ReadOnlyMemory<byte> Samples)
{
    /// <summary>The rate speech recognisers expect: Azure short audio and pocketsphinx's acoustic model.</summary>
    public const int RecognitionSampleRate = 16_000;

    private const int HeaderLength = 44;

    /// <summary>How long the audio plays.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds(SampleCount / (double)SampleRate);

    /// <summary>Samples per channel.</summary>
    public int SampleCount => Samples.Length / 2 / Channels;

    /// <summary>Reads a WAV file, or says in one sentence why it is not 16-bit PCM WAV.</summary>
    public static WavAudio Parse(ReadOnlySpan<byte> file) =>
        TryParse(file, out var audio, out var problem) ? audio : throw new FormatException(problem);

    /// <summary>Reads a WAV file; on failure <paramref name="problem"/> says why, for a 4xx answer.</summary>
    public static bool TryParse(ReadOnlySpan<byte> file, out WavAudio audio, out string problem)
    {
        audio = null!;
        if (file.Length < 12 || !file[..4].SequenceEqual("RIFF"u8) || !file[8..12].SequenceEqual("WAVE"u8))
        {
            problem = "The audio is not a RIFF/WAVE file.";
            return false;
        }

        int? sampleRate = null, channels = null;
        var position = 12;
        while (position + 8 <= file.Length)
        {
            var id = file.Slice(position, 4);
            var size = BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(position + 4, 4));
            var body = position + 8;
            if (id.SequenceEqual("fmt "u8))
            {
                if (size < 16 || body + 16 > file.Length)
                {
                    problem = "The WAV format chunk is truncated.";
                    return false;
                }

                var format = BinaryPrimitives.ReadUInt16LittleEndian(file.Slice(body, 2));
                var bits = BinaryPrimitives.ReadUInt16LittleEndian(file.Slice(body + 14, 2));
                // 0xFFFE (extensible) carries PCM too; its sub-format is not checked because 16-bit is.
                if (format is not (1 or 0xFFFE) || bits != 16)
                {
                    problem = "The audio must be 16-bit PCM WAV.";
                    return false;
                }

                channels = BinaryPrimitives.ReadUInt16LittleEndian(file.Slice(body + 2, 2));
                sampleRate = (int)BinaryPrimitives.ReadUInt32LittleEndian(file.Slice(body + 4, 4));
            }
            else if (id.SequenceEqual("data"u8))
            {
                if (sampleRate is not { } rate || channels is not { } count || count is < 1 or > 2 || rate is < 8_000 or > 48_000)
                {
                    problem = "The WAV header must describe mono or stereo audio at 8 to 48 kHz before its data.";
                    return false;
                }

                // Streaming writers leave the size as a placeholder: take what is actually there.
                var available = file.Length - body;
                var length = size > available ? available : (int)size;
                length -= length % (2 * count);
                audio = new WavAudio(rate, count, file.Slice(body, length).ToArray());
                problem = "";
                return true;
            }

            position = body + (int)Math.Min(size + (size & 1), int.MaxValue - body);
        }

        problem = "The WAV file has no data chunk.";
        return false;
    }

    /// <summary>This audio as 16 kHz mono, the format recognisers take.</summary>
    public WavAudio ToRecognitionFormat()
    {
        if (SampleRate == RecognitionSampleRate && Channels == 1)
        {
            return this;
        }

        var source = Mono();
        var ratio = SampleRate / (double)RecognitionSampleRate;
        var length = (int)(source.Length / ratio);
        var output = new byte[length * 2];
        for (var i = 0; i < length; i++)
        {
            // Averages the source samples this output sample spans: a cheap low-pass against aliasing.
            var start = i * ratio;
            var end = Math.Min(start + ratio, source.Length);
            double sum = 0;
            var n = 0;
            for (var j = (int)start; j < end; j++)
            {
                sum += source[j];
                n++;
            }

            var value = n == 0 ? source[Math.Min((int)start, source.Length - 1)] : sum / n;
            BinaryPrimitives.WriteInt16LittleEndian(output.AsSpan(i * 2), (short)Math.Clamp(Math.Round(value), short.MinValue, short.MaxValue));
        }

        return new WavAudio(RecognitionSampleRate, 1, output);
    }

    /// <summary>The complete WAV file, with correct sizes in its header.</summary>
    public byte[] ToFile()
    {
        var file = new byte[HeaderLength + Samples.Length];
        var span = file.AsSpan();
        "RIFF"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], (uint)(file.Length - 8));
        "WAVEfmt "u8.CopyTo(span[8..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[16..], 16);
        BinaryPrimitives.WriteUInt16LittleEndian(span[20..], 1);
        BinaryPrimitives.WriteUInt16LittleEndian(span[22..], (ushort)Channels);
        BinaryPrimitives.WriteUInt32LittleEndian(span[24..], (uint)SampleRate);
        BinaryPrimitives.WriteUInt32LittleEndian(span[28..], (uint)(SampleRate * Channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(span[32..], (ushort)(Channels * 2));
        BinaryPrimitives.WriteUInt16LittleEndian(span[34..], 16);
        "data"u8.CopyTo(span[36..]);
        BinaryPrimitives.WriteUInt32LittleEndian(span[40..], (uint)Samples.Length);
        Samples.Span.CopyTo(span[HeaderLength..]);
        return file;
    }

    /// <summary>Whether every sample is silent (or nearly), so recognition can be skipped.</summary>
    public bool IsSilent(short threshold = 64)
    {
        var span = Samples.Span;
        for (var i = 0; i + 1 < span.Length; i += 2)
        {
            if (Math.Abs((int)BinaryPrimitives.ReadInt16LittleEndian(span[i..])) > threshold)
            {
                return false;
            }
        }

        return true;
    }

    private double[] Mono()
    {
        var span = Samples.Span;
        var result = new double[SampleCount];
        for (var i = 0; i < result.Length; i++)
        {
            double sum = 0;
            for (var c = 0; c < Channels; c++)
            {
                sum += BinaryPrimitives.ReadInt16LittleEndian(span[(((i * Channels) + c) * 2)..]);
            }

            result[i] = sum / Channels;
        }

        return result;
    }
}
