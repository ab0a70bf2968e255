namespace Portal.Testing.Aspire;

/// <summary>Deletes what a test application left on disk, once its processes are gone.</summary>
public static class DataFolders
{
    public static void Delete(string directory)
    {
        for (var attempt = 1; Directory.Exists(directory); attempt++)
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException) when (attempt < 20)
            {
                // A process that just ended may still be writing its last files (the broker's logs).
                Thread.Sleep(250);
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
        }
    }
}
