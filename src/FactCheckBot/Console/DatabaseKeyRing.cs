using System.Xml.Linq;
using Dapper;
using FactCheckBot.Storage;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace FactCheckBot.WebConsole;

// ASP.NET Core's data-protection keys (they sign the console's cookies and antiforgery tokens),
// kept in the database so sessions survive a restart and every copy of the program on one
// database accepts the same cookies.
public sealed class DatabaseKeyRing(Database database, TimeProvider time) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = database.Open();
        return connection.Query<string>("SELECT xml FROM console_keys ORDER BY id;").Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var connection = database.Open();
        connection.Execute("INSERT INTO console_keys (name, xml, added_at) VALUES (@friendlyName, @xml, @at);",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), at = Timestamp.Now(time) });
    }
}
