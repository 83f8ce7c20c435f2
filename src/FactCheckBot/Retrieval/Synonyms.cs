using FactCheckBot.Text;

namespace FactCheckBot.Retrieval;

// General news vocabulary: asking with one of the trigger words also searches the
// expansions. One-way on purpose: "casualties" finds "killed", "killed" does not find "wounded".
public static class Synonyms
{
    public sealed record Rule(string Name, string[] Triggers, string[] Expansions)
    {
        // The expansions as index terms, as a quote's words are matched against them.
        public IReadOnlyList<string[]> ExpansionTerms { get; } = Expansions.Select(Terms.TermsOf).Where(t => t.Length > 0).ToList();
    }

    // A capital that speaks or acts, and the names news gives its government.
    public static readonly IReadOnlyDictionary<string, string[]> Governments = new Dictionary<string, string[]>
    {
        ["moscow"] = ["russia", "russian", "kremlin"], ["kyiv"] = ["ukraine", "ukrainian"], ["kiev"] = ["ukraine", "ukrainian"],
    };

    // "When did the fighting stop?" is not answered by when it began.
    public static readonly IReadOnlyDictionary<string, string> Opposites = new Dictionary<string, string>
    {
        ["started"] = "ended", ["ended"] = "started",
    };

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("casualties", ["casualties", "casualty", "toll", "victims", "body count", "bodycount", "death count"],
            ["casualties", "killed", "died", "dead", "deaths", "wounded", "injured", "victims", "liquidated", "eliminated"]),
        new("killed", ["killed", "kill", "killing", "died", "die", "dead", "death", "deaths", "fatalities", "lives", "took out", "taken out",
                "wiped out", "neutralised", "neutralized", "eliminated", "liquidated", "lose their life", "lose their lives", "lost their life", "lost their lives",
                "lives lost", "lost lives"],
            ["killed", "killing", "died", "dead", "deaths", "liquidated", "eliminated", "fatalities"]),
        new("wounded", ["wounded", "injured", "injuries", "injury", "hurt"], ["wounded", "injured", "injuries", "hurt"]),
        new("attackers", ["attackers", "fighters", "militants", "insurgents", "saboteurs", "raiders", "gunmen", "militias", "militia", "paramilitaries", "paramilitary",
                "rebels", "rebel", "guerrillas", "partisans", "raiding party", "raiding parties", "dudes", "invaders", "infiltrators", "intruders"],
            ["attackers", "fighters", "militants", "insurgents", "saboteurs", "raiders", "gunmen", "militias", "militia", "paramilitary", "units",
                "perpetrators"]),
        new("evacuated", ["evacuated", "evacuation", "evacuations", "evacuate", "evacuees", "fled", "flee", "fleeing", "displaced",
                "leave their homes", "left their homes", "leave home", "left home", "leave homes", "forced out", "forced to leave", "had to leave",
                "get out", "got out", "moved out", "relocated"],
            ["evacuated", "evacuation", "evacuate", "left their homes", "fled"]),
        new("responsible", ["responsible", "responsibility", "behind", "perpetrators", "perpetrator", "organised", "organized", "carried out"],
            ["responsibility", "responsible", "behind", "perpetrators", "carried out", "launched by"]),
        new("blamed", ["blame", "blamed", "blames", "accuse", "accused", "accuses", "hold responsible", "held responsible"],
            ["blamed", "accused", "responsible", "carried out by"]),
        new("started", ["start", "started", "starts", "begin", "began", "begun", "beginning", "kick off", "kicked off"],
            ["started", "began", "begun", "launched", "broke out", "came under attack", "entered"]),
        new("raid", ["raid", "incursion", "attack", "assault", "raids", "incursions"], ["raid", "incursion", "attack", "assault"]),
        new("supplied", ["supplied", "supply", "supplies", "supplying", "handed", "gave", "given", "provided", "provide", "delivered", "deliver"],
            ["supplied", "supplying", "provided", "delivered", "deliver", "given"]),
        new("weapons", ["weapons", "arms", "weaponry"], ["weapons", "arms", "weaponry"]),
        new("denied", ["denied", "deny", "denies", "denial", "denials"], ["denied", "denial", "denies", "not involved", "nothing to do with"]),
        new("involved", ["involved", "involvement", "involve"], ["involved", "involvement"]),
        // "How many people died?" counts soldiers too; "how many civilians" does not. One name: to a moderator's
        // correction the two are one question.
        new("people", ["people", "persons"],
            ["people", "civilians", "civilian", "residents", "persons", "woman", "women", "children", "soldiers", "servicemen", "troops"]),
        new("people", ["civilians", "civilian", "residents"],
            ["people", "civilians", "civilian", "residents", "persons", "woman", "women", "children"]),
        // News writes a government as its capital: "Kyiv denies involvement", "Moscow claims".
        new("ukraine", ["ukraine"], ["ukraine", "kyiv", "kiev"]),
        new("russia", ["russia"], ["russia", "moscow", "kremlin"]),
        // "The Kremlin" is Russia's leadership, which news also calls by the country.
        new("kremlin", ["kremlin"], ["kremlin", "russia", "moscow"]),
        new("hit", ["hit", "struck", "strike", "strikes", "targeted", "shelled", "shelling", "fired on", "fire on", "firing on", "opened fire",
                "open fire", "under fire", "bombarded", "bombed", "bombing", "pounded"],
            ["hit", "struck", "strike", "strikes", "targeted", "shelled", "shelling", "damaged", "under fire"]),
        // "the crew that nabbed the APCs" is the group that did.
        new("group", ["outfit", "outfits", "organisation", "organization", "group", "groups", "crew", "crews", "squad", "squads", "gang", "gangs"],
            ["group", "groups", "organization", "outfit"]),
        new("vehicles", ["vehicles", "vehicle", "jeeps", "jeep", "apcs", "apc"], ["vehicles", "vehicle", "humvees", "tanks", "carriers", "trucks"]),
        new("equipment", ["hardware", "equipment", "gear", "kit"], ["weapons", "vehicles", "tanks", "humvees", "equipment"]),
        new("damaged", ["smashed", "wrecked", "trashed", "destroyed", "ruined", "demolished", "blown up", "blew up", "blow up", "blowing up", "burned-out", "burnt-out", "burned out", "burnt out"], ["damaged", "damage", "destroyed", "wrecked"]),
        new("far right", ["nazis", "nazi", "neo nazis", "neo-nazis", "neonazis", "fascists", "fascist", "white supremacists", "white supremacist",
                "supremacists", "far right", "far-right", "extremists", "extremist", "hitler fans"],
            ["neo-nazis", "neo-nazi", "far right", "far-right", "extremism", "extremist", "hitler"]),
        new("identified", ["identified", "identify", "recognised", "recognized", "recognise", "recognize", "put names to", "put a name to"],
            ["identified", "recognized", "recognised", "named"]),
        new("border", ["frontier", "border", "borders"], ["border", "borders", "frontier"]),
        new("return", ["return", "returned", "returning", "go back", "went back", "come back", "came back", "get back", "move back"],
            ["return", "returned", "returning"]),
        // "Who runs the legion?" is answered by "led by …".
        new("leads", ["runs", "leads", "heads", "leader", "leaders", "boss", "in charge", "commands"],
            ["led", "leads", "leader", "leaders", "headed", "heads", "commander", "commanded", "founded", "founder"]),
        new("ended", ["stop", "stopped", "stops", "end", "ended", "ends", "finish", "finished", "finishes", "wrapped up", "came to an end"],
            ["ended", "end", "repelled", "defeat", "lasted"]),
        new("lifted", ["lift", "lifted", "lifting", "lifts", "cancel", "cancelled", "canceled", "cancelling", "scrapped", "scrap", "scraps", "scrapping", "called off", "drop", "dropped", "dropping"],
            ["lifted", "cancelling", "cancelled", "canceled", "called off"]),
        new("fighting", ["fight", "fighting", "fights", "shootout", "shootouts", "firefight", "firefights", "gunfight", "gunfights",
                "gunbattle", "clash", "clashes", "clashed", "skirmish", "skirmishes", "battle", "battles", "combat", "shooting", "shootings", "gunfire"],
            ["fighting", "fight", "fought", "skirmishes", "clashes", "battle"]),
        // "the anti-terror lockdown" is the counter-terrorism regime news wrote about.
        new("regime", ["regime", "lockdown", "lockdowns", "curfew", "restrictions", "state of emergency", "emergency measures", "cto", "rules",
                "emergency rules", "martial law", "measures"],
            ["regime", "measures", "counter-terrorism"]),
        new("counter-terrorism", ["anti-terror", "anti-terrorism", "anti-terrorist", "counter-terror", "counterterror", "counterterrorism", "antiterror"],
            ["counter-terrorism", "anti-terrorist", "counter-terrorist"]),
        new("aim", ["aim", "aims", "goal", "goals", "endgame", "objective", "objectives", "purpose", "motive", "motives", "intention",
                "intentions", "agenda", "point", "want", "wants", "wanted", "achieve", "trying to achieve", "trying to do", "try to do", "end goal", "stated aim",
                "stated aims", "stated goal", "stated goals", "stated point", "stated purpose", "stated objective", "logic", "rationale"],
            ["aim", "aimed", "aims", "goal", "intended", "seeks", "seek", "want", "wanted", "purpose", "objective"]),
        new("zone", ["buffer", "buffer zone", "buffer strip", "security zone", "safe zone", "no-go zone", "corridor", "zone"],
            ["zone", "corridor"]),
        new("won", ["won", "win", "wins", "winning", "victory", "victorious", "triumph"], ["victory", "won", "win"]),
        new("cooperate", ["cooperate", "cooperates", "cooperating", "cooperated", "cooperation", "collaborate", "collaborating", "collaborated",
                "work with", "works with", "working with", "worked with", "team up", "teamed up", "in cahoots", "coordinate", "coordinated"],
            ["cooperate", "cooperation", "coordinated", "together with", "working with", "worked with"]),
        new("buildings", ["office", "offices", "headquarters", "hq", "building", "buildings", "premises"],
            ["buildings", "building", "offices", "office", "headquarters"]),
        new("filmed", ["filmed", "film", "recorded", "shot on camera", "caught on camera", "footage"],
            ["video", "videos", "footage", "filmed"]),
        new("district", ["district", "districts"], ["district", "districts"]),
        // People call any settlement a village or a town; news picks one.
        new("villages", ["village", "villages", "town", "towns", "settlement", "settlements", "hamlet", "hamlets"],
            ["village", "villages", "town", "towns", "settlement", "settlements", "residential areas"]),
        // "Moscow's military" speaks through its defence ministry.
        new("military", ["military", "armed forces"], ["military", "armed forces", "defence ministry", "defense ministry"]),
        // "some kind of diversion": news says the raid was meant to divert or distract.
        new("divert", ["diversion", "diversions", "divert", "diverting", "distraction", "distractions", "distract", "distracting", "decoy"],
            ["divert", "distract", "diversion", "draw away"]),
        new("experts", ["analysts", "analyst", "experts", "expert", "observers", "commentators", "pundits", "specialists"],
            ["experts", "expert", "analysts", "analyst", "observers", "commentators"]),
        // "Ukraine's expected big push" is the counter-offensive news wrote about.
        new("counter-offensive", ["counteroffensive", "counteroffensives", "counter-offensive", "counter-offensives", "counterattack", "counter-attack",
                "offensive", "big push", "major push", "spring offensive"],
            ["counteroffensive", "counter-offensive", "counterattack"]),
        // "the lockdown rules they slapped on the region": what was introduced or declared.
        new("imposed", ["imposed", "impose", "imposing", "slapped on", "slap on", "introduced", "introduce", "put in place", "brought in"],
            ["introduced", "imposed", "declared", "declare"]),
        // "chased the rest back over the border": the ministry "pushed the remaining members … towards the border".
        new("pushed back", ["pushed back", "push back", "pushing back", "chased", "chase", "chasing", "drove back", "driven back", "drive back",
                "forced back", "kicked out", "threw back", "thrown back", "repelled", "repulsed"],
            ["pushed", "push back", "driven", "repelled"]),
        // "the pics": news writes photos, pictures, images.
        new("photos", ["photos", "photo", "pictures", "picture", "images", "image", "photographs", "photograph"],
            ["photos", "photo", "pictures", "images", "image", "photographs"]),
        // "were the pics faked?": news writes of pictures that "could have been staged".
        new("staged", ["staged", "faked", "fake", "fakes", "fabricated", "doctored", "photoshopped", "hoax", "false flag"],
            ["staged", "fake", "fabricated"]),
        // "the guy who talked to reporters": a spokesman at a news briefing.
        new("briefing", ["talked to reporters", "talked to the press", "spoke to reporters", "spoke to the press", "told reporters",
                "briefed reporters"],
            ["briefing", "told reporters", "spokesman", "spokesperson"]),
        // "Who spoke for the State Department?" asks for its spokesperson.
        new("spokesperson", ["spokesperson", "spokesman", "spokeswoman", "spokespeople", "spoke for", "speaks for", "speaking for", "speak for",
                "press secretary"],
            ["spokesperson", "spokesman", "spokeswoman"]),
        new("captured", ["captured", "capture", "nabbed", "seized", "grabbed", "nicked", "stole", "stolen", "hijacked"],
            ["captured", "capture", "seized", "hijacked"]),
    ];
}
