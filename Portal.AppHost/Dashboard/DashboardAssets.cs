using System.Text;

namespace Portal.AppHost.Dashboard;

/// <summary>Reads the files of Dashboard/Assets, embedded in the AppHost assembly.</summary>
internal static class DashboardAssets
{
    private const string Prefix = "Portal.AppHost.Dashboard.Assets.";

    public static bool TryRead(string file, out byte[] content)
    {
        using var stream = typeof(DashboardAssets).Assembly.GetManifestResourceStream(Prefix + file);
        if (stream is null)
        {
            content = [];
            return false;
        }

        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        content = buffer.ToArray();
        return true;
    }

    public static string ReadText(string file) =>
        TryRead(file, out var content)
            ? Encoding.UTF8.GetString(content)
            : throw new InvalidOperationException($"The dashboard asset {file} is not embedded in the AppHost.");
}
