package dev.kefu.bot.escalation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agents' routing settings (skills, capacity) and when each was last connected.
 */
@Repository
public class AgentProfiles {

	private final JdbcClient jdbc;

	AgentProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<AgentProfile> find(String username) {
		return this.jdbc.sql("select username, skills, capacity from staff_accounts where username = ? and enabled")
			.param(username)
			.query((row, n) -> new AgentProfile(row.getString("username"),
					Set.copyOf(Arrays.asList((String[]) row.getArray("skills").getArray())), row.getInt("capacity")))
			.optional();
	}

	/**
	 * Changes an agent's routing.
	 * @return whether the account exists
	 */
	public boolean update(String username, Set<String> skills, int capacity) {
		return this.jdbc.sql("update staff_accounts set skills = ?, capacity = ? where username = ?")
			.params(skills.stream().sorted().toArray(String[]::new), capacity, username)
			.update() == 1;
	}

	/** Records that these agents are connected now. */
	void seen(Collection<String> usernames, Instant now) {
		if (usernames.isEmpty()) {
			return;
		}
		this.jdbc.sql("""
				insert into agent_presence (username, last_seen)
				select u, ? from unnest(?::text[]) u where exists (select 1 from staff_accounts s where s.username = u)
				on conflict (username) do update set last_seen = excluded.last_seen
				""").params(Timestamp.from(now), usernames.stream().sorted().toArray(String[]::new)).update();
	}

	/** How many agents were connected since a moment (on any node). */
	int connectedSince(Instant since) {
		return this.jdbc.sql("select count(*) from agent_presence where last_seen >= ?")
			.param(Timestamp.from(since))
			.query(Integer.class)
			.single();
	}

}
