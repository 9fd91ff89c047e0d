namespace Clues.Handover.Inbox;

/// <summary>The record of one package received (签收登记), as kept in the inbox register.</summary>
/// <param name="PackageId">The manifest's package id.</param>
/// <param name="Number">The package number, e.g. 江临巡移〔2026〕12号.</param>
/// <param name="IssuerCode">The issuing office's code.</param>
/// <param name="IssuerName">The issuing office's name.</param>
/// <param name="RecipientCode">The recipient as the issuer addressed it, e.g. DISCIPLINE_COMMISSION/431400.</param>
/// <param name="RecipientName">The recipient's name, e.g. 江临市纪委监委.</param>
/// <param name="KeyId">Fingerprint of the key that signed it.</param>
/// <param name="CreatedAt">When the issuer made it.</param>
/// <param name="ReceivedAt">When it was imported here.</param>
/// <param name="Clues">Clues (handover items) it carries.</param>
/// <param name="Stubs">How many of them are stubs only.</param>
/// <param name="Files">Payload files stored.</param>
/// <param name="Folder">Where the files were stored.</param>
public sealed record InboxReceipt(
    Guid PackageId,
    string Number,
    string IssuerCode,
    string IssuerName,
    string RecipientCode,
    string RecipientName,
    string KeyId,
    DateTimeOffset CreatedAt,
    DateTimeOffset ReceivedAt,
    int Clues,
    int Stubs,
    int Files,
    string Folder);
