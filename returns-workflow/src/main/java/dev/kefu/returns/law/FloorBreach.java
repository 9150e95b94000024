package dev.kefu.returns.law;

import java.util.List;

import dev.kefu.returns.approval.LocalizedText;

/**
 * A rule that could refuse a request the law makes the shop accept.
 *
 * @param ruleId the rule
 * @param articles the articles it would break
 * @param example the request it would refuse, in words
 * @param message what ops read
 */
public record FloorBreach(String ruleId, List<Article> articles, LocalizedText example, LocalizedText message) {

	public FloorBreach {
		articles = List.copyOf(articles);
	}

}
