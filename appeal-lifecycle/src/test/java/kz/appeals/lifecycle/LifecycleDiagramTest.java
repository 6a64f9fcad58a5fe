package kz.appeals.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The stage diagram of docs/lifecycle.md is drawn from {@link AppealLifecycle} itself: every row of the table test
 * that changes the stage is an arrow. When the lifecycle changes, the test fails and leaves the new diagram in
 * {@code target/lifecycle-diagram.md} to paste in.
 */
class LifecycleDiagramTest {

    static String diagram() {
        TreeSet<String> arrows = new TreeSet<>();
        for (AppealLifecycleTest.Row row : AppealLifecycleTest.table()) {
            AppealState from = row.given().state().stage();
            AppealState to = AppealLifecycle.next(row.given().state(), row.when()).stage();
            if (from != to) {
                arrows.add("    " + (from == null ? "[*]" : from.name()) + " --> " + to.name() + ": "
                        + row.when().getClass().getSimpleName());
            }
        }
        return "```mermaid\nstateDiagram-v2\n" + String.join("\n", arrows) + "\n```\n";
    }

    @Test
    void docsDrawTheLifecycleAsItIs() throws IOException {
        String expected = diagram();
        Path generated = Path.of("target", "lifecycle-diagram.md");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, expected);
        String docs = Files.readString(Path.of("..", "docs", "lifecycle.md"));
        assertThat(docs).as("docs/lifecycle.md draws the stages as AppealLifecycle moves them; the current "
                + "diagram is in appeal-lifecycle/" + generated).contains(expected);
    }

    @Test
    void everyStageButTheUnfiledIsReached() {
        var reached = diagram().lines().filter(l -> l.contains("-->"))
                .map(l -> l.substring(l.indexOf("-->") + 4, l.indexOf(':'))).collect(Collectors.toSet());
        assertThat(reached).containsExactlyInAnyOrder(java.util.Arrays.stream(AppealState.values())
                .map(Enum::name).toArray(String[]::new));
    }
}
