using Clues.Core.Model.Taxonomy;

namespace Clues.Cli.BenchMatch;

/// <summary>A synthetic person as they really are, before any record of them is made.</summary>
internal sealed record TruthPerson(string Name, Gender Gender, DateOnly Birth, string IdNumber, string Unit);
