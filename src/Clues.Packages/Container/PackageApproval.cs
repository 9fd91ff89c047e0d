namespace Clues.Packages.Container;

/// <summary>One approval recorded in the manifest.</summary>
/// <param name="By">Who approved, e.g. 李明.</param>
/// <param name="Role">In which capacity, e.g. 巡察工作领导小组组长.</param>
/// <param name="At">When.</param>
public sealed record PackageApproval(string By, string Role, DateTimeOffset At);
