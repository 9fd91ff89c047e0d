using Clues.Core.Access;

namespace Clues.Handover.Packaging;

/// <summary>
/// A custodian's approval to put the sealed reporter identity (举报人身份) of the packaged clues into the package.
/// Without one, identities stay out. With one, they go in only for recipients entitled to them (the discipline
/// commission and the higher inspection office), and every reveal is written to the sealed store's access log.
/// </summary>
/// <param name="Custodian">The custodian who approved; the sealed store checks they may reveal identities.</param>
/// <param name="Reason">Why, as recorded in the access log.</param>
public sealed record ReporterRelease(Principal Custodian, string Reason);
