package org.briatlas.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.briatlas.analysis.network.Claims;
import org.briatlas.analysis.network.Planner;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code claims [--json]}: the paper's distance savings of Section II (via Suifenhe rather than via Dalian)
 * beside the atlas's figures over its network, with the difference and why they may differ.
 */
final class ClaimsCommand {

    static final String WHY = "The atlas measures along its drawings: rail legs run straight between the stations"
            + " they are drawn through (shorter than the track), and the sea legs, including those from Dalian drawn"
            + " only for this comparison, run through schematic waypoints. The paper does not say how it measured.";

    private final PrintStream out;

    ClaimsCommand(PrintStream out) {
        this.out = out;
    }

    int run(List<String> args) throws UsageException, Cli.CommandFailure {
        Options o = Options.parse(args, Set.of(), Set.of("json"));
        Planner planner = RouteCommand.planner();
        List<Claims.Claim> claims;
        try {
            claims = Claims.check(planner, Claims.legs());
        } catch (IOException e) {
            throw new Cli.CommandFailure("the comparison legs cannot be read: " + e.getMessage(), e);
        }
        if (o.has("json")) {
            ObjectNode root = new ObjectMapper().createObjectNode();
            ArrayNode list = root.putArray("claims");
            for (Claims.Claim c : claims) {
                list.addObject().put("to", c.port().id()).put("paperKm", c.paperKm())
                        .put("atlasKm", Math.round(c.atlasKm())).put("differenceKm", Math.round(c.differenceKm()))
                        .put("viaSuifenheKm", Math.round(c.viaSuifenhe().lengthKm()))
                        .put("viaDalianKm", Math.round(c.viaDalianKm())).put("comparisonLeg", c.leg().id())
                        .put("citation", c.citation());
            }
            root.put("note", WHY);
            out.println(root.toPrettyString());
        } else {
            out.println("Harbin to ...      saving via Suifenhe rather than via Dalian   (Section II, line 127)");
            out.println("                   paper (as printed)   atlas    difference   via Suifenhe   via Dalian");
            for (Claims.Claim c : claims) {
                out.printf(Locale.ROOT, "%-18s %10.0f km %9.0f km %+9.0f km %11.0f km %11.0f km%n", c.port().name("en"),
                        c.paperKm(), c.atlasKm(), c.differenceKm(), c.viaSuifenhe().lengthKm(), c.viaDalianKm());
            }
            out.println("The paper's 2,000 km to the west coast of the United States names no port and is not drawn.");
            out.println(WHY);
        }
        return 0;
    }
}
