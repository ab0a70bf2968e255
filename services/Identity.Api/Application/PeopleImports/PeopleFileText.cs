using System.Text;

namespace Identity.Api.Application.PeopleImports;

/// <summary>
/// The text of an uploaded file. Excel saves "CSV" as Windows-1252 on a German Windows and as UTF-8 with a
/// byte order mark when asked for "CSV UTF-8"; files put together from several sources mix both. Each line
/// is therefore read as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise (a line break byte is never
/// part of a character in either), so "Müller" comes out right whichever way it was saved.
/// </summary>
public static class PeopleFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CreateWindows1252();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        var text = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            var end = bytes.IndexOf((byte)'\n');
            var line = end < 0 ? bytes : bytes[..(end + 1)];
            text.Append(DecodeLine(line));
            bytes = end < 0 ? [] : bytes[(end + 1)..];
        }

        return text.ToString();
    }

    /// <summary>
    /// The delimiter of the header line: a semicolon (Excel in German), a tab, or a comma, whichever occurs
    /// most often outside quotes; a comma when the line has none of them (a file with a single column).
    /// </summary>
    public static char DetectDelimiter(string text)
    {
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted)
            {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }

        return semicolons > commas && semicolons >= tabs ? ';' : tabs > commas ? '\t' : ',';
    }

    private static string DecodeLine(ReadOnlySpan<byte> line)
    {
        try
        {
            return StrictUtf8.GetString(line);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(line);
        }
    }

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
