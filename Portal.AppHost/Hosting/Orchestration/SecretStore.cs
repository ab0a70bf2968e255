using System.Security.Cryptography;
using System.Text.Json;

namespace Portal.AppHost.Hosting;

/// <summary>
/// Generated credentials, kept in &lt;datadir&gt;/secrets.json (mode 600) so that a second start finds the
/// data it created together with the passwords that open it.
/// </summary>
internal sealed class SecretStore
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private readonly string _path;
    private readonly Dictionary<string, string> _values;

    private SecretStore(string path, Dictionary<string, string> values)
    {
        _path = path;
        _values = values;
    }

    public static SecretStore Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, "secrets.json");
        var values = File.Exists(path)
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path)) ?? []
            : [];
        return new SecretStore(path, values);
    }

    public bool Contains(string key) => _values.ContainsKey(key);

    /// <summary>The stored value, or a new one (letters and digits only, safe in URIs and connection strings).</summary>
    public string GetOrCreate(string key, string prefix = "", int length = 24)
    {
        if (!_values.TryGetValue(key, out var value))
        {
            value = prefix + RandomNumberGenerator.GetString(Alphabet, length);
            _values[key] = value;
            Save();
        }

        return value;
    }

    private void Save()
    {
        File.WriteAllText(_path, JsonSerializer.Serialize(_values, JsonOptions));
        File.SetUnixFileMode(_path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}
