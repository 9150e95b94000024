package dev.kefu.bot.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;

import dev.kefu.bot.KefuApplication;
import dev.kefu.bot.insights.Insights;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The insights dashboard over 1,000,000 stored messages (100,000 conversations over 30
 * days, 10,000 of them escalated, 20,000 rated) and 100,000 return cases with their
 * history, on the embedded PostgreSQL; beside it, in the same run, a plain SQL aggregate
 * over the same tables (rows per day of conversations, messages and cases). Prints
 * Markdown for docs/benchmarks.md. Not a test:
 * {@code ./mvnw -Dbench=bot -pl bot -am test-compile exec:exec -Dbench.main=dev.kefu.bot.bench.InsightsBenchmark}.
 */
public final class InsightsBenchmark {

	private static final int RUNS = 5;

	private InsightsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Files.createTempDirectory("kefu-bench-");
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KefuApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=", "--logging.level.root=WARN",
					"--logging.structured.format.console=", "--kefu.privacy.retention-enabled=false",
					"--kefu.alerts.enabled=false",
					"--kefu.database.embedded.data-directory=" + home.resolve("postgres"),
					"--kefu.knowledge.index-directory=" + home.resolve("kb-index"))) {
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			long seeding = System.nanoTime();
			seed(jdbc);
			System.out.printf(Locale.ROOT, "seeded in %.0f s%n", (System.nanoTime() - seeding) / 1e9);
			Insights insights = app.getBean(Insights.class);
			LocalDate to = LocalDate.of(2026, 1, 30);
			LocalDate from = to.minusDays(29);
			insights.report("bench-shop", ZoneId.of("Asia/Shanghai"), from, to);
			long[] dashboard = new long[RUNS];
			long[] plain = new long[RUNS];
			for (int i = 0; i < RUNS; i++) {
				long start = System.nanoTime();
				insights.report("bench-shop", ZoneId.of("Asia/Shanghai"), from, to);
				dashboard[i] = System.nanoTime() - start;
				start = System.nanoTime();
				plainAggregate(jdbc);
				plain[i] = System.nanoTime() - start;
			}
			Arrays.sort(dashboard);
			Arrays.sort(plain);
			System.out.printf(Locale.ROOT,
					"| data | dashboard median ms | min | plain aggregate median ms | ratio |%n");
			System.out.printf(Locale.ROOT, "|---|---|---|---|---|%n");
			System.out.printf(Locale.ROOT,
					"| %,d messages, %,d conversations, %,d cases | %.0f | %.0f | %.0f | %.1f |%n",
					count(jdbc, "messages"), count(jdbc, "conversations"), count(jdbc, "return_cases"),
					dashboard[RUNS / 2] / 1e6, dashboard[0] / 1e6, plain[RUNS / 2] / 1e6,
					(double) dashboard[RUNS / 2] / plain[RUNS / 2]);
		}
		System.exit(0);
	}

	private static void plainAggregate(JdbcClient jdbc) {
		jdbc.sql("select created_at::date, count(*) from conversations group by 1").query().listOfRows();
		jdbc.sql("select created_at::date, count(*) from messages group by 1").query().listOfRows();
		jdbc.sql("select created_at::date, count(*) from return_cases group by 1").query().listOfRows();
	}

	private static long count(JdbcClient jdbc, String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private static void seed(JdbcClient jdbc) {
		jdbc.sql(
				"""
						insert into conversations (id, shop_id, shopper_id, channel, status, created_at, last_seq)
						select ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, 'bench-shop', 'shopper-' || (i % 50000),
						       (array['app', 'web', 'livestream'])[1 + i % 3], 'OPEN',
						       timestamptz '2026-01-01' + (i % 30) * interval '1 day' + (i % 86400) * interval '1 second', 10
						from generate_series(1, 100000) i
						""")
			.update();
		jdbc.sql(
				"""
						insert into messages (conversation_id, seq, id, sender, body, client_message_id, entry_id, intent, created_at)
						select c.id, s, gen_random_uuid(),
						       case when s % 2 = 1 then 'SHOPPER' else 'BOT' end,
						       case when s % 2 = 1 then (case when c.last_seq % 3 = 0 then 'where is my parcel' else '退款多久到账' end)
						            else 'answer' end,
						       case when s % 2 = 1 then gen_random_uuid()::text end,
						       case when s % 2 = 0 and s < 10 then 'entry-' || (abs(hashtext(c.id::text)) % 50) end,
						       case when s = 10 then 'CSAT_ASK' end,
						       c.created_at + s * interval '20 seconds'
						from conversations c, generate_series(1, 10) s where c.shop_id = 'bench-shop'
						""")
			.update();
		jdbc.sql(
				"""
						insert into escalations (id, conversation_id, shop_id, shopper_id, status, priority, reasons, language,
						                         skills, summary, created_at, claimed_at, first_response_at, closed_at)
						select gen_random_uuid(), c.id, c.shop_id, c.shopper_id, 'RESOLVED', 1 + n % 3,
						       case n % 3 when 0 then '{ANGER}'::text[] when 1 then '{REQUESTED}'::text[] else '{BOT_FAILED_TWICE}'::text[] end, 'zh', '{zh}', 's',
						       c.created_at + interval '1 minute', c.created_at + interval '2 minutes',
						       c.created_at + interval '3 minutes', c.created_at + interval '10 minutes'
						from (select c.*, row_number() over () as n from conversations c where c.shop_id = 'bench-shop') c
						where n % 10 = 0
						""")
			.update();
		jdbc.sql("""
				insert into conversation_ratings (conversation_id, score, rated_at)
				select id, 1 + abs(hashtext(id::text)) % 5, created_at + interval '5 minutes'
				from conversations where shop_id = 'bench-shop' and abs(hashtext(id::text)) % 5 = 0
				""").update();
		jdbc.sql("""
				insert into return_cases (case_id, shop_id, shopper_id, kind, order_id, line_number, quantity, amount,
				  request_key, state, version, created_at, updated_at, request, item, progress)
				select gen_random_uuid(), 'bench-shop', 'shopper-' || i, 'RETURN', 'O-' || i, 1, 1, 100, 'bench-' || i,
				       'COMPLETED', 5, timestamptz '2026-01-01' + (i % 30) * interval '1 day',
				       timestamptz '2026-01-03' + (i % 30) * interval '1 day', '{}', '{}', '{}'
				from generate_series(1, 100000) i
				""").update();
		jdbc.sql(
				"""
						insert into return_case_history (case_id, seq, at, actor_type, actor_name, to_state)
						select case_id, s, created_at + s * interval '20 hours', case when s = 2 then 'SYSTEM' else 'SHOPPER' end, 'bench',
						       (array['REQUESTED', case when abs(hashtext(case_id::text)) % 4 = 0 then 'UNDER_REVIEW' else 'APPROVED' end,
						              'REFUNDED'])[s]
						from return_cases, generate_series(1, 3) s where shop_id = 'bench-shop'
						""")
			.update();
		jdbc.sql("analyze").update();
	}

}
