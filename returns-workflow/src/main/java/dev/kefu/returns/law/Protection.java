package dev.kefu.returns.law;

import java.util.List;
import java.util.Objects;

import dev.kefu.returns.approval.LocalizedText;

/**
 * What the law gives one request: a return the shop may send to a person but may not
 * refuse.
 *
 * @param articles the articles that give it
 * @param reason what the shopper and the agent read
 */
public record Protection(List<Article> articles, LocalizedText reason) {

	public Protection {
		articles = List.copyOf(articles);
		Objects.requireNonNull(reason, "reason");
		if (articles.isEmpty()) {
			throw new IllegalArgumentException("a protection names its articles");
		}
	}

}
