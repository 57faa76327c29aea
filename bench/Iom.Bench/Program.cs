using Iom.Bench;

return args.FirstOrDefault() switch
{
    "seed" => Seeder.Run(Arg(args, "--dir"), Arg(args, "--scale")),
    "serve" => await Baseline.RunAsync(Arg(args, "--dir"), Arg(args, "--urls")),
    "keygen" => Tokens.KeyGen(Arg(args, "--dir")),
    "token" => Tokens.Mint(Arg(args, "--dir"), OptionalArg(args, "--scope") ?? "governing-bodies:read governing-bodies:write"),
    "ids" => Seeder.Ids(Arg(args, "--dir"), Arg(args, "--what"), int.Parse(Arg(args, "--count"), System.Globalization.CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static string Arg(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : throw new ArgumentException($"{name} is required");
}

static string? OptionalArg(string[] args, string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static int Usage()
{
    Console.Error.WriteLine("usage: Iom.Bench seed --dir D --scale 10k|1m | serve --dir D --urls U | keygen --dir D | token --dir D [--scope S] | ids --dir D --what documents|sessions --count N");
    return 2;
}
