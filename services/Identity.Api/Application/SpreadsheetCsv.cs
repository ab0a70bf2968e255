using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Portal.ServiceDefaults.Localization;

namespace Identity.Api.Application;

/// <summary>
/// The CSV files identity hands out, written for a spreadsheet in the reader's language: UTF-8 with a byte order
/// mark (Excel then reads umlauts right), semicolons in German (Excel's list separator there), commas in English,
/// a field quoted when it holds the separator, a quote or a line break.
/// </summary>
public static class SpreadsheetCsv
{
    /// <param name="escapeFormulas">
    /// Whether a field starting with = + - @ (or a tab or carriage return) gets a leading apostrophe, so that a
    /// spreadsheet shows it as text instead of running it as a formula. Off only for files meant to be edited and
    /// read back, whose values must come back as they were.
    /// </param>
    public static byte[] Write(string language, Action<CsvWriter> write, bool escapeFormulas = false)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = language == PortalLanguage.German ? ";" : ",",
            InjectionOptions = escapeFormulas ? InjectionOptions.Escape : InjectionOptions.None,
        };
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, configuration))
        {
            write(csv);
        }

        return buffer.ToArray();
    }
}
