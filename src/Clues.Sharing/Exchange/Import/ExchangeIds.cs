namespace Clues.Sharing.Exchange.Import;

/// <summary>
/// Ids of nodes an import creates: derived from the sending office and the sender's id, so the same sender node always
/// lands on the same local node and importing a package again cannot duplicate anything.
/// </summary>
internal static class ExchangeIds
{
    public static string Derived(string senderOffice, string senderId) => $"xch-{senderOffice}-{senderId}";
}
