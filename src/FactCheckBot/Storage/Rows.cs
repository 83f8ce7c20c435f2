using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace FactCheckBot.Storage;

public static class Rows
{
    // Computed columns (count(*), sum(…)) have no declared type, so before the first row Microsoft.Data.Sqlite
    // reports them as BLOB and Dapper cannot map an empty result onto a record. Build the mapper from a real row.
    public static List<T> QueryRecords<T>(this SqliteConnection connection, string sql, object? args = null)
    {
        using var reader = (DbDataReader)connection.ExecuteReader(sql, args);
        var rows = new List<T>();
        if (!reader.Read()) return rows;
        var parse = reader.GetRowParser<T>();
        do rows.Add(parse(reader)); while (reader.Read());
        return rows;
    }
}
