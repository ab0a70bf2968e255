namespace Identity.Api.Security;

/// <summary>
/// The most common passwords (see README.md beside the list), refused whatever their length. Loaded
/// once; compared case-insensitively, because "Password1234" is as guessable as "password1234".
/// </summary>
public sealed class CommonPasswords
{
    public const string FileName = "Security/common-passwords.txt";

    private readonly HashSet<string> _passwords;

    public CommonPasswords(IHostEnvironment environment)
    {
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        if (!File.Exists(path))
        {
            path = Path.Combine(environment.ContentRootPath, FileName);
        }

        _passwords = new HashSet<string>(
            File.ReadLines(path).Select(line => line.Trim()).Where(line => line.Length > 0),
            StringComparer.OrdinalIgnoreCase);
    }

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password);
}
