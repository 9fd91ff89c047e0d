using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>The payment behind a <see cref="ConflictKind.Payment"/> hit.</summary>
/// <param name="Payment">The payment node.</param>
/// <param name="Amount">Amount in yuan.</param>
/// <param name="PaidOn">Day paid.</param>
/// <param name="Purpose">What the voucher says it was for.</param>
/// <param name="VoucherNo">Voucher number, when recorded.</param>
/// <param name="Payer">Who paid: the cadre's unit itself or a fund it managed on that day.</param>
/// <param name="Project">The project the payment was for, when recorded (<see cref="RelType.PaymentFor"/>).</param>
public sealed record PaymentFacts(NodeRef Payment, decimal Amount, DateOnly PaidOn, string Purpose, string? VoucherNo, NodeRef Payer, NodeRef? Project);
