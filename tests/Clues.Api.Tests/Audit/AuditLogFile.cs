using Clues.Core.Access;
using Clues.Core.Audit;
using Clues.Core.Identifiers;
using Clues.Core.Model.Taxonomy;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Clues.Api.Tests.Audit;

/// <summary>Reads the running API's audit log as an auditor, and edits its file the way an intruder with file access would.</summary>
internal static class AuditLogFile
{
    public static Principal Auditor { get; } = new("audit-test-auditor", "审计员", new HashSet<Role> { Role.Auditor }, DivisionCode.Parse("431400"), JurisdictionLevel.City);

    public static Principal User(string userId, Role role, string jurisdiction = "431400") =>
        new(userId, userId, new HashSet<Role> { role }, DivisionCode.Parse(jurisdiction), jurisdiction.EndsWith("00", StringComparison.Ordinal) ? JurisdictionLevel.City : JurisdictionLevel.County);

    /// <summary>Every entry of <paramref name="userId"/>, in log order.</summary>
    public static async Task<IReadOnlyList<AuditRecord>> EntriesOfAsync<T>(WebApplicationFactory<T> factory, string userId, string? action = null)
        where T : class =>
        await factory.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { UserId = userId, Action = action, Limit = 1000 }, Auditor);

    /// <summary>Runs <paramref name="sql"/> on the file with the append-only triggers dropped.</summary>
    public static void Tamper(string auditFile, string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = auditFile, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete; " + sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
