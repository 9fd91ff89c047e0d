using System.Globalization;
using Clues.Core.Graph;
using Clues.Core.Model;
using Clues.Seed.Text;

namespace Clues.Seed.Generation;

/// <summary>
/// Funds managed by units (ManagesFund) and their payments: subsidies to villagers, project money to
/// the contractors of the managing unit's projects (PaymentFor), and some pass-through payments from a
/// receiving company to another one, the background against which scenario 2 must be found. Units also
/// pay some project instalments directly from their own budget.
/// </summary>
internal sealed class FundPhase(SeedWorld world) : SeedPhase(world, 7, "资金与支付 funds and payments")
{
    private int _payments;

    public override IEnumerable<SeedChunk> Run()
    {
        var candidates = new List<(FundTemplate Template, List<int> Owners)>();
        foreach (var template in FundCatalog.Templates)
        {
            var owners = new List<int>();
            foreach (var unit in World.Units)
            {
                var tag = unit.Role switch
                {
                    UnitRole.Township => "township",
                    UnitRole.Village => "village",
                    UnitRole.StateFirm => "firm",
                    _ => unit.Tag,
                };
                if (template.OwnerTags.Contains(tag, StringComparer.Ordinal))
                {
                    owners.Add(unit.Index);
                }
            }

            if (owners.Count > 0)
            {
                candidates.Add((template, owners));
            }
        }

        var funds = World.Shape.Funds;
        var total = funds + World.Projects.Count;
        for (var i = 0; i < funds; i++)
        {
            var (template, owners) = Random.Pick(candidates);
            AddFund(i + 1, template, World.Units[Random.Pick(owners)]);
            if (Sink.IsFull)
            {
                yield return Cut(i + 1, total);
            }
        }

        // Direct instalments from the owner's own budget for about a third of the projects.
        for (var p = 0; p < World.Projects.Count; p++)
        {
            var project = World.Projects[p];
            if (project.Contractors.Length > 0 && !project.Planted && Random.Chance(0.35))
            {
                var paidOn = Random.Date(project.Start, project.End < SeedWorld.ReferenceDate ? project.End : SeedWorld.ReferenceDate);
                var amount = Random.Yuan(100_000m, 3_000_000m);
                var payment = AddPayment(amount, paidOn, Random.Pick(FundCatalog.CompanyPurposes), World.Units[project.OwnerUnit].Id, World.CompanyIds[Random.Pick(project.Contractors)]);
                Sink.Link(RelType.PaymentFor, payment, project.Id);
            }

            if (Sink.IsFull)
            {
                yield return Cut(funds + p + 1, total);
            }
        }

        yield return Cut(total, total);
    }

    private void AddFund(int number, FundTemplate template, UnitInfo owner)
    {
        var region = World.Regions[owner.Region];
        var year = Random.Between(2018, 2026);
        var place = owner.Role == UnitRole.Village
            ? (template.Theme.StartsWith('村') && owner.ShortName.EndsWith('村') ? owner.ShortName[..^1] : owner.ShortName)
            : owner.Role == UnitRole.Township ? region.Name + owner.ShortName : region.Name;
        var name = string.Concat(year.ToString(CultureInfo.InvariantCulture), "年", place, template.Theme);
        var id = IdScheme.Fund(number);
        var amount = Random.Yuan(template.MinAmount, template.MaxAmount);
        Sink.Add(new Fund(id, name, template.Kind, amount, year));
        Sink.Link(RelType.ManagesFund, owner.Id, id, new DateOnly(year, 1, 1), new DateOnly(year + 1, 12, 31));

        var first = new DateOnly(year, 1, 15);
        var last = new DateOnly(year + 1, 12, 31) < SeedWorld.ReferenceDate ? new DateOnly(year + 1, 12, 31) : SeedWorld.ReferenceDate;
        var mean = World.Shape.PaymentsPerFund;
        var count = Random.Between(Math.Max(1, mean / 2), mean * 3 / 2);
        for (var k = 0; k < count; k++)
        {
            var paidOn = Random.Date(first, last);
            if (template.PaysPeople)
            {
                var villagers = region.Villagers.Count > 0 ? region.Villagers : World.Regions[1 + Random.Next(World.Regions.Count - 1)].Villagers;
                if (villagers.Count == 0)
                {
                    continue;
                }

                AddPayment(Random.Yuan(800m, 12_000m), paidOn, Random.Pick(FundCatalog.PersonPurposes), id, World.People.IdOf(Random.Pick(villagers)));
                continue;
            }

            var share = amount * 0.9m / count;
            var payAmount = Random.Yuan(share * 0.5m, share * 1.5m);
            string? projectId = null;
            int company;
            if (owner.Projects.Count > 0 && Random.Chance(0.8))
            {
                var project = World.Projects[Random.Pick(owner.Projects)];
                if (project.Contractors.Length == 0)
                {
                    continue;
                }

                company = Random.Pick(project.Contractors);
                projectId = project.Id;
            }
            else
            {
                var pool = region.Companies.Count > 0 ? region.Companies : World.Regions[0].Companies;
                if (pool.Count == 0)
                {
                    continue;
                }

                company = Random.Pick(pool);
            }

            var payment = AddPayment(payAmount, paidOn, Random.Pick(FundCatalog.CompanyPurposes), id, World.CompanyIds[company]);
            if (projectId is not null)
            {
                Sink.Link(RelType.PaymentFor, payment, projectId);
            }

            if (Random.Chance(0.12) && region.Companies.Count > 1)
            {
                // Pass-through: the receiving company pays most of it on within days.
                var next = Random.Pick(region.Companies);
                if (next != company)
                {
                    var onward = paidOn.AddDays(Random.Between(1, 20));
                    AddPayment(Random.Yuan(payAmount * 0.6m, payAmount * 0.95m), onward, Random.Pick(FundCatalog.PassThroughPurposes), World.CompanyIds[company], World.CompanyIds[next]);
                }
            }
        }
    }

    private string AddPayment(decimal amount, DateOnly paidOn, string purpose, string fromId, string toId)
    {
        var number = ++_payments;
        var id = IdScheme.Payment(number);
        var voucher = string.Create(CultureInfo.InvariantCulture, $"PZ-{paidOn.Year}-{number:D7}");
        Sink.Add(new Payment(id, amount, paidOn, purpose, voucher));
        Sink.Link(RelType.PaidFrom, id, fromId, paidOn, paidOn);
        Sink.Link(RelType.PaidTo, id, toId, paidOn, paidOn);
        return id;
    }
}
