using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace VoiceShop.Intents.Understanding.Semantic;

/// <summary>
/// The embedded examples kept on disk, so a restarted host (a serverless instance waking up) loads them in
/// milliseconds instead of embedding every example again, which costs seconds. A file is named by the model
/// and a hash of every example's intent and text, so a changed model, sample or paraphrase simply misses and
/// is embedded afresh; nothing generated is shipped. A folder that cannot be read or written (a read-only
/// deployment) only costs the embedding, never the utterance.
/// </summary>
public sealed class ExampleVectorCache(string directory)
{
    private static readonly byte[] Magic = "VSEV1\n"u8.ToArray();

    /// <summary>The folder the vectors are kept in.</summary>
    public string Directory { get; } = directory;

    /// <summary>The cached vectors for <paramref name="examples"/> under <paramref name="modelName"/>, or null on a miss or an unreadable file.</summary>
    public float[][]? TryRead(string modelName, IReadOnlyList<(string Intent, string Text)> examples)
    {
        try
        {
            var path = PathFor(modelName, examples);
            return File.Exists(path) ? Parse(File.ReadAllBytes(path), examples.Count) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="vectors"/>; written to a temporary file and moved, so a reader never sees half a file.</summary>
    public void TryWrite(string modelName, IReadOnlyList<(string Intent, string Text)> examples, float[][] vectors)
    {
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            var path = PathFor(modelName, examples);
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllBytes(temporary, Serialize(vectors));
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Read-only or full: the next start embeds again, which is slower but right.
        }
    }

    private string PathFor(string modelName, IReadOnlyList<(string Intent, string Text)> examples)
    {
        var text = new StringBuilder(modelName).Append('\n');
        foreach (var (intent, sentence) in examples)
        {
            text.Append(intent).Append('\t').Append(sentence).Append('\n');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..24];
        return Path.Combine(Directory, $"examples-{hash}.vectors");
    }

    private static byte[] Serialize(float[][] vectors)
    {
        var dimensions = vectors.Length == 0 ? 0 : vectors[0].Length;
        var bytes = new byte[Magic.Length + 8 + vectors.Length * dimensions * sizeof(float)];
        Magic.CopyTo(bytes, 0);
        var span = bytes.AsSpan(Magic.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span, vectors.Length);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], dimensions);
        var offset = 8;
        foreach (var vector in vectors)
        {
            foreach (var value in vector)
            {
                BinaryPrimitives.WriteSingleLittleEndian(span[offset..], value);
                offset += sizeof(float);
            }
        }

        return bytes;
    }

    /// <summary>The vectors in <paramref name="bytes"/>, or null unless the file is whole and holds exactly <paramref name="count"/> of them.</summary>
    private static float[][]? Parse(byte[] bytes, int count)
    {
        if (bytes.Length < Magic.Length + 8 || !bytes.AsSpan(0, Magic.Length).SequenceEqual(Magic))
        {
            return null;
        }

        var span = bytes.AsSpan(Magic.Length);
        var stored = BinaryPrimitives.ReadInt32LittleEndian(span);
        var dimensions = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
        if (stored != count || dimensions <= 0 || span.Length != 8 + (long)stored * dimensions * sizeof(float))
        {
            return null;
        }

        var vectors = new float[stored][];
        var offset = 8;
        for (var i = 0; i < stored; i++)
        {
            vectors[i] = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vectors[i][d] = BinaryPrimitives.ReadSingleLittleEndian(span[offset..]);
                offset += sizeof(float);
            }
        }

        return vectors;
    }
}
