package dev.kefu.bot.conversation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kefu.bot.dialogue.ReturnFlow;
import dev.kefu.bot.stored.StoredJson;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The flow each conversation is in the middle of (a return being filled in), stored with
 * the turn that changed it, so a shopper who reconnects, or reaches another node, carries
 * on where they were.
 */
@Repository
class DialogueStates {

	private final JdbcClient jdbc;

	private final ObjectMapper json;

	DialogueStates(JdbcClient jdbc, @StoredJson ObjectMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	Optional<ReturnFlow> find(ConversationId id) {
		return this.jdbc.sql("select state from dialogue_states where conversation_id = ?")
			.param(id.value())
			.query((rs, i) -> read(rs.getString("state")))
			.optional();
	}

	void save(ConversationId id, ReturnFlow flow) {
		if (flow == null) {
			this.jdbc.sql("delete from dialogue_states where conversation_id = ?").param(id.value()).update();
			return;
		}
		this.jdbc.sql("""
				insert into dialogue_states (conversation_id, state) values (?, ?::jsonb)
				on conflict (conversation_id) do update set state = excluded.state, updated_at = now()
				""").params(id.value(), write(flow)).update();
	}

	private ReturnFlow read(String stored) {
		try {
			return this.json.readValue(stored, ReturnFlow.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private String write(ReturnFlow flow) {
		try {
			return this.json.writeValueAsString(flow);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
