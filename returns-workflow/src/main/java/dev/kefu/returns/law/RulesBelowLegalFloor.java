package dev.kefu.returns.law;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set was refused because some of its rules could refuse what the law requires.
 */
public class RulesBelowLegalFloor extends RuntimeException {

	private final String profile;

	private final List<FloorBreach> breaches;

	public RulesBelowLegalFloor(String profile, List<FloorBreach> breaches) {
		super(breaches.stream().map((b) -> b.message().en()).collect(Collectors.joining(" ")));
		this.profile = profile;
		this.breaches = List.copyOf(breaches);
	}

	public String profile() {
		return this.profile;
	}

	public List<FloorBreach> breaches() {
		return this.breaches;
	}

}
