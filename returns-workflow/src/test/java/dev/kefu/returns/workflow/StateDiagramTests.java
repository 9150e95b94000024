package dev.kefu.returns.workflow;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

import dev.kefu.returns.cases.CaseEvent;
import dev.kefu.returns.cases.CaseKind;
import dev.kefu.returns.cases.CaseState;
import org.junit.jupiter.api.Test;

import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.state.ChoicePseudoState;
import org.springframework.statemachine.state.State;
import org.springframework.statemachine.transition.Transition;
import org.springframework.statemachine.transition.TransitionKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The state diagrams in {@code docs/returns-state-machines.md} are generated from the
 * machine definitions; this test fails when the two drift apart. Regenerate with
 * {@code ./mvnw -pl returns-workflow test -Dtest=StateDiagramTests -Dkefu.docs.write=true}.
 */
class StateDiagramTests {

	private static final Path DOC = Path.of("..", "docs", "returns-state-machines.md");

	@Test
	void theDocumentedDiagramsAreTheMachines() throws IOException {
		String generated = document();
		if (Boolean.getBoolean("kefu.docs.write")) {
			Files.writeString(DOC, generated, StandardCharsets.UTF_8);
		}
		assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).isEqualTo(generated);
	}

	/**
	 * The branches of a choice, in the order they are tried. The library keeps them
	 * private; reading them keeps the diagram generated rather than written by hand.
	 */
	@SuppressWarnings("unchecked")
	private static List<ChoicePseudoState.ChoiceStateData<CaseState, CaseEvent>> branches(
			ChoicePseudoState<CaseState, CaseEvent> choice) {
		try {
			Field field = ChoicePseudoState.class.getDeclaredField("choices");
			field.setAccessible(true);
			return (List<ChoicePseudoState.ChoiceStateData<CaseState, CaseEvent>>) field.get(choice);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Spring Statemachine's choice states changed shape", ex);
		}
	}

	static String document() {
		StringBuilder doc = new StringBuilder("""
				# Return and exchange state machines

				Generated from the machine definitions (`CaseMachines`) by `StateDiagramTests`, which fails when
				this file and the code disagree. `DECIDING` and `REOPENING` are choice pseudo-states: the rules'
				decision (or whether the item is back) picks the way out. Internal transitions (a reminder) are
				not drawn. Deadlines and side effects of each state are listed in architecture.md.

				""");
		for (CaseKind kind : CaseKind.values()) {
			doc.append("## ").append(kind).append("\n\n```mermaid\nstateDiagram-v2\n");
			doc.append("    [*] --> REQUESTED\n");
			StateMachine<CaseState, CaseEvent> machine = new CaseMachines(new CaseGuards(), new CaseActions())
				.create(kind);
			TreeSet<String> lines = new TreeSet<>();
			for (Transition<CaseState, CaseEvent> t : machine.getTransitions()) {
				if (t.getKind() == TransitionKind.INTERNAL) {
					continue;
				}
				String event = (t.getTrigger() != null && t.getTrigger().getEvent() != null)
						? " : " + t.getTrigger().getEvent() : "";
				lines.add("    " + t.getSource().getId() + " --> " + t.getTarget().getId() + event);
			}
			for (State<CaseState, CaseEvent> state : machine.getStates()) {
				if (state.getPseudoState() instanceof ChoicePseudoState<CaseState, CaseEvent> choice) {
					int branch = 1;
					for (ChoicePseudoState.ChoiceStateData<CaseState, CaseEvent> data : branches(choice)) {
						lines.add("    " + state.getId() + " --> " + data.getState().getId() + " : choice " + branch++);
					}
				}
			}
			lines.stream().sorted(Comparator.naturalOrder()).forEach((line) -> doc.append(line).append('\n'));
			for (CaseState end : new CaseState[] { CaseState.COMPLETED, CaseState.CANCELLED, CaseState.EXPIRED }) {
				doc.append("    ").append(end).append(" --> [*]\n");
			}
			doc.append("```\n\n");
		}
		return doc.toString();
	}

}
