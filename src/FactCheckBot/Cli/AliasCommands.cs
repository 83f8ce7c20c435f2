using System.CommandLine;
using FactCheckBot.Corpus;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheckBot.Cli;

public static class AliasCommands
{
    public static Command Create(CliHost cli) => new("aliases", "Name variants: outlets spell names differently (Kyiv/Kiev); every variant is searched.")
    {
        List(cli), Add(cli), Remove(cli),
    };

    private static Command List(CliHost cli)
    {
        var command = new Command("list", "List name variants.");
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var rows = services.GetRequiredService<AliasStore>().List();
            Table.Print(["id", "name", "variant", "added by"], rows.Select(r => new[] { r.Id.ToString(), r.Name, r.Variant, r.AddedBy }));
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Add(CliHost cli)
    {
        var name = new Argument<string>("name") { Description = "The name as you would write it." };
        var variants = new Argument<string[]>("variant") { Description = "Other spellings or names for it.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("add", "Add variants of a name, e.g. aliases add Kyiv Kiev.") { name, variants };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var added = services.GetRequiredService<AliasStore>().Add(parse.GetValue(name)!, parse.GetValue(variants)!, $"cli:{Environment.UserName}");
            Console.WriteLine(added == 0 ? "Those variants were already there; nothing changed." : $"Added {added} variant(s).");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static Command Remove(CliHost cli)
    {
        var id = new Argument<long>("id") { Description = "Variant id, as in `aliases list`." };
        var command = new Command("remove", "Remove one name variant.") { id };
        command.SetAction((parse, token) => cli.Run(parse, token, (services, _) =>
        {
            var aliasId = parse.GetValue(id);
            if (!services.GetRequiredService<AliasStore>().Remove(aliasId))
                throw new InputException($"There is no alias #{aliasId}; see `factcheck aliases list`.");
            Console.WriteLine($"Removed alias #{aliasId}.");
            return Task.FromResult(0);
        }));
        return command;
    }
}
