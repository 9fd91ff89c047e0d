using Clues.Core.Graph;
using Clues.Core.Model.Taxonomy;

namespace Clues.Seed.Generation;

/// <summary>
/// Social ties (AssociateOf with a kind) on a Watts–Strogatz lattice over the people in registration
/// order: each person is tied to the next <see cref="PresetShape.TieHalfDegree"/> people, who are
/// mostly colleagues, family or neighbours, and a few of those ties are rewired to a random person
/// anywhere. Local clustering plus the rewired shortcuts make the graph small-world, so two random
/// people are usually a handful of hops apart. Every tie is written once, from the earlier person.
/// </summary>
internal sealed class SocialTiePhase(SeedWorld world) : SeedPhase(world, 11, "社会关系 social ties")
{
    private static readonly string[] KindNames = Enum.GetNames<AssociateKind>();

    public override IEnumerable<SeedChunk> Run()
    {
        var order = World.People.RingOrder;
        var n = order.Count;
        var m = Math.Min(World.Shape.TieHalfDegree, Math.Max(0, (n - 1) / 2));
        var rewire = World.Shape.TieRewireChance;
        var picked = new int[m];
        for (var i = 0; i < n; i++)
        {
            var from = order[i];
            var fromId = World.People.IdOf(from);
            var pickedCount = 0;
            for (var d = 1; d <= m; d++)
            {
                int to;
                AssociateKind kind;
                if (Random.Chance(rewire))
                {
                    var target = RandomOutsideWindow(i, n, m, picked, pickedCount);
                    if (target < 0)
                    {
                        continue;
                    }

                    picked[pickedCount++] = target;
                    to = order[target];
                    kind = Random.Chance(0.5) ? AssociateKind.Classmate : Random.Chance(0.5) ? AssociateKind.FellowTownsman : AssociateKind.BusinessContact;
                }
                else
                {
                    to = order[(i + d) % n];
                    kind = LocalKind(World.People.ContextOf(from), World.People.ContextOf(to));
                }

                Sink.Link(RelType.AssociateOf, fromId, World.People.IdOf(to), "kind", KindNames[(int)kind - 1]);
            }

            if (Sink.IsFull)
            {
                yield return Cut(i + 1, n);
            }
        }

        yield return Cut(n, n);
    }

    /// <summary>A lattice position outside i's own window and not already picked for i, or −1 when the graph is too small.</summary>
    private int RandomOutsideWindow(int i, int n, int m, int[] picked, int pickedCount)
    {
        if (n <= 2 * m + 1)
        {
            return -1;
        }

        for (var attempt = 0; attempt < 8; attempt++)
        {
            // Offsets m+1 .. n-m-1 from i never land in the window [i-m, i+m] (mod n).
            var target = (i + m + 1 + Random.Next(n - 2 * m - 1)) % n;
            if (Array.IndexOf(picked, target, 0, pickedCount) < 0)
            {
                return target;
            }
        }

        return -1;
    }

    private AssociateKind LocalKind(TieContext a, TieContext b)
    {
        if (a == TieContext.Village && b == TieContext.Village)
        {
            return AssociateKind.FellowTownsman;
        }

        if (a == TieContext.Business || b == TieContext.Business)
        {
            return AssociateKind.BusinessContact;
        }

        if (a == TieContext.Family || b == TieContext.Family)
        {
            return AssociateKind.FrequentContact;
        }

        var roll = Random.NextDouble();
        return roll < 0.45 ? AssociateKind.FrequentContact : roll < 0.8 ? AssociateKind.FormerColleague : AssociateKind.Classmate;
    }
}
