using Clues.Core.Graph;

namespace Clues.Core.Analysis;

/// <summary>One payment inside an aggregated flow edge.</summary>
/// <param name="Payment">The payment node.</param>
/// <param name="Amount">Amount in yuan.</param>
/// <param name="PaidOn">Day paid.</param>
/// <param name="Purpose">What the voucher says it was for.</param>
/// <param name="VoucherNo">Voucher number, when recorded.</param>
/// <param name="PaidFrom">The payment's PaidFrom relationship.</param>
/// <param name="PaidTo">The payment's PaidTo relationship.</param>
public sealed record FlowPayment(NodeRef Payment, decimal Amount, DateOnly PaidOn, string Purpose, string? VoucherNo, EdgeRef PaidFrom, EdgeRef PaidTo);
