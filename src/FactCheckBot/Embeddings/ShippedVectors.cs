using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace FactCheckBot.Embeddings;

// The built-in corpus ships with its sentence vectors, made by the same model, so a new database answers
// by meaning at once instead of spending seconds embedding it first. Looked up by the sentence's text; a
// sentence not in the file (or another model) is embedded as usual. ShippedVectorsTests keeps it current.
public sealed class ShippedVectors
{
    public const string ResourceName = "DefaultCorpus/sentence-vectors.bin";
    private const string Magic = "factcheck-sentence-vectors";

    private readonly Lazy<(string Model, Dictionary<ulong, (float, sbyte[])> Vectors)> loaded = new(Load);

    public (float Scale, sbyte[] Values)? Find(string model, string sentence)
    {
        var (shippedModel, vectors) = loaded.Value;
        return shippedModel == model && vectors.TryGetValue(Key(sentence), out var found) ? found : null;
    }

    public static ulong Key(string sentence) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(sentence)), 0);

    private static (string, Dictionary<ulong, (float, sbyte[])>) Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName);
        return stream is null ? ("", []) : Read(stream);
    }

    public static (string Model, Dictionary<ulong, (float, sbyte[])> Vectors) Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8);
        if (reader.ReadString() != Magic) throw new InvalidDataException("not a sentence vector file");
        var model = reader.ReadString();
        var (count, dimensions) = (reader.ReadInt32(), reader.ReadInt32());
        var vectors = new Dictionary<ulong, (float, sbyte[])>(count);
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadUInt64();
            var scale = reader.ReadSingle();
            var values = (sbyte[])(Array)reader.ReadBytes(dimensions);
            vectors[key] = (scale, values);
        }
        return (model, vectors);
    }

    public static void Write(Stream stream, string model, IReadOnlyList<(string Sentence, float Scale, sbyte[] Values)> vectors)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(model);
        var distinct = vectors.DistinctBy(v => Key(v.Sentence)).OrderBy(v => Key(v.Sentence)).ToList();
        writer.Write(distinct.Count);
        writer.Write(distinct.Count == 0 ? 0 : distinct[0].Values.Length);
        foreach (var (sentence, scale, values) in distinct)
        {
            writer.Write(Key(sentence));
            writer.Write(scale);
            writer.Write((byte[])(Array)values);
        }
    }
}
